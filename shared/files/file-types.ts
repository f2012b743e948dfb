/**
 * The kinds of attachment the PC's own viewer may open, recognised by their
 * content (sniff.ts), never by their name. Each lists the extensions a file
 * of that kind may carry on disk; the first is the one it gets when its
 * name has none of them.
 */
export type FileCategory = 'image' | 'video' | 'pdf' | 'office' | 'text';

export const VIEWABLE_TYPES = {
  jpeg: { category: 'image', extensions: ['jpg', 'jpeg'] },
  png: { category: 'image', extensions: ['png'] },
  gif: { category: 'image', extensions: ['gif'] },
  webp: { category: 'image', extensions: ['webp'] },
  bmp: { category: 'image', extensions: ['bmp'] },
  heic: { category: 'image', extensions: ['heic', 'heif'] },
  avif: { category: 'image', extensions: ['avif'] },
  tiff: { category: 'image', extensions: ['tif', 'tiff'] },
  mp4: { category: 'video', extensions: ['mp4', 'm4v'] },
  mov: { category: 'video', extensions: ['mov'] },
  avi: { category: 'video', extensions: ['avi'] },
  webm: { category: 'video', extensions: ['webm'] },
  mkv: { category: 'video', extensions: ['mkv'] },
  pdf: { category: 'pdf', extensions: ['pdf'] },
  docx: { category: 'office', extensions: ['docx'] },
  xlsx: { category: 'office', extensions: ['xlsx'] },
  pptx: { category: 'office', extensions: ['pptx'] },
  doc: { category: 'office', extensions: ['doc'] },
  xls: { category: 'office', extensions: ['xls'] },
  ppt: { category: 'office', extensions: ['ppt'] },
  text: { category: 'text', extensions: ['txt', 'csv', 'log'] },
} as const satisfies Record<string, { category: FileCategory; extensions: readonly string[] }>;

export type ViewableType = keyof typeof VIEWABLE_TYPES;

export function extensionsOf(type: ViewableType): readonly string[] {
  return VIEWABLE_TYPES[type].extensions;
}
