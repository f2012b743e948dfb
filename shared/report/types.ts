/**
 * The input of every 8D output (the Word document of shared/report and the
 * printed/PDF form of shared/forms/templates/eightD.ts): the report with its
 * child records, the case header facts, the company, and the photo bytes.
 * Plain data, already read from the store; the builders decide nothing
 * about the case, they lay it out.
 */
import type { EightDBundle, PhotoDiscipline } from '../domain/eightd/records';
import type { RevisionRow } from '../domain/eightd/revisions';

export interface EightDPhoto {
  discipline: PhotoDiscipline;
  fileName: string;
  /** image/png or image/jpeg (other types are listed by name, not embedded). */
  mimeType: string;
  bytes: Uint8Array;
  caption: string;
}

/** The case facts printed in the report header. */
export interface EightDCaseHeader {
  caseNumber: string;
  customerName: string;
  productModel: string;
  partNumber: string;
  lotNumber: string;
  /** Complaint received, ISO with offset. */
  receivedAt: string;
  quantityDelivered: number | null;
  quantityDefective: number | null;
  defectDescription: string;
}

export interface EightDReportData {
  companyName: string;
  /** data:image/png|jpeg;base64 URL from the print settings, or ''. */
  logoDataUrl: string;
  case: EightDCaseHeader;
  /** The report as printed: the current one, or an earlier revision's frozen snapshot. */
  eightD: EightDBundle;
  /** The revision table as of the printed revision (revisions.ts revisionRows). */
  revisions: RevisionRow[];
  photos: EightDPhoto[];
  /** When the document was made, ISO (printed in the footer). */
  generatedAt: string;
  generatedBy: string;
}

export interface EightDExportOptions {
  /** Id of a layout of EIGHT_D_LAYOUTS (shared/report/layouts). */
  layout: string;
  /** Headings in 中文 / English; otherwise in `language` only. */
  bilingual: boolean;
  language: 'zh-CN' | 'en';
}
