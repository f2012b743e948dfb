/** The 8D Word (.docx) export: the builder, the layouts for the picker, and the pure helpers others may reuse. */
export { buildEightDDocx } from './build';
export { EIGHT_D_LAYOUTS, findEightDLayout, UnknownEightDLayoutError, type EightDLayout } from './layouts';
export { readImageInfo, fitImage, type ImageInfo } from './image-size';
export { cleanText } from './text';
export type { EightDCaseHeader, EightDExportOptions, EightDPhoto, EightDReportData } from './types';
