/**
 * Smaller JPEG copies of photos, made in the renderer with a canvas
 * (createImageBitmap, which also turns phone photos upright by their EXIF
 * orientation): the preview stored next to an attachment, and the copy that
 * goes into 8D documents, so a report with twenty 5 MB phone photos stays a
 * document that can be mailed and printed in seconds.
 */
import { readImageInfo } from '../../../shared/report/image-size';

export const THUMBNAIL_MAX_EDGE = 240;
/** Photos in Word/PDF documents: ~1600 px on the long edge is sharp at A4 width (~190 dpi over 21 cm). */
export const DOCUMENT_PHOTO_MAX_EDGE = 1600;
/** Smaller photos are embedded as they are (when they also fit DOCUMENT_PHOTO_MAX_EDGE). */
export const DOCUMENT_PHOTO_KEEP_BYTES = 600 * 1024;

/** The size fitting into max × max: the longer edge at most `max`, never enlarged. Pure. */
export function scaledSize(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Whether a photo goes into a document unchanged: small, and upright as
 * stored (EXIF orientation 1). A sideways phone photo is redrawn upright
 * whatever its size: Word and print would show it as stored. Pure.
 */
export function keepForDocument(width: number, height: number, bytes: number, orientation = 1): boolean {
  return orientation === 1 && Math.max(width, height) <= DOCUMENT_PHOTO_MAX_EDGE && bytes <= DOCUMENT_PHOTO_KEEP_BYTES;
}

async function drawJpeg(bitmap: ImageBitmap, maxEdge: number, quality: number): Promise<Blob | null> {
  const size = scaledSize(bitmap.width, bitmap.height, maxEdge);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  // A PNG with transparency gets a white page behind it, as it would on paper.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/** A small JPEG preview of an image file; undefined for non-images or when the browser cannot decode it. */
export async function makeThumbnail(file: Blob): Promise<{ bytes: ArrayBuffer; mimeType: string } | undefined> {
  if (!file.type.startsWith('image/')) return undefined;
  try {
    const bitmap = await createImageBitmap(file);
    const blob = await drawJpeg(bitmap, THUMBNAIL_MAX_EDGE, 0.8);
    bitmap.close();
    return blob ? { bytes: await blob.arrayBuffer(), mimeType: 'image/jpeg' } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The bytes of a photo for a document: unchanged when it is already small
 * and upright, else an upright JPEG of at most DOCUMENT_PHOTO_MAX_EDGE. Bytes the browser
 * cannot decode are returned unchanged (the document lists them by name).
 */
export async function photoForDocument(bytes: Uint8Array, mimeType: string): Promise<Uint8Array> {
  if (!mimeType.startsWith('image/')) return bytes;
  try {
    const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
    try {
      // The bitmap is already turned upright; the bytes' own orientation says whether they need it.
      const orientation = readImageInfo(bytes)?.orientation ?? 1;
      if (keepForDocument(bitmap.width, bitmap.height, bytes.length, orientation)) return bytes;
      const blob = await drawJpeg(bitmap, DOCUMENT_PHOTO_MAX_EDGE, 0.85);
      return blob ? new Uint8Array(await blob.arrayBuffer()) : bytes;
    } finally {
      bitmap.close();
    }
  } catch {
    return bytes;
  }
}
