/**
 * A small JPEG preview of an image file, made in the renderer with a canvas
 * (createImageBitmap), for the attachments repository to store next to the
 * file. Returns undefined for non-images or when the browser cannot decode it.
 */
export const THUMBNAIL_MAX_EDGE = 240;

/** Size of the preview: the longer edge at most `max`, never enlarged. Pure. */
export function thumbnailSize(width: number, height: number, max = THUMBNAIL_MAX_EDGE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function makeThumbnail(file: Blob): Promise<{ bytes: ArrayBuffer; mimeType: string } | undefined> {
  if (!file.type.startsWith('image/')) return undefined;
  try {
    const bitmap = await createImageBitmap(file);
    const size = thumbnailSize(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, size.width, size.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
    return blob ? { bytes: await blob.arrayBuffer(), mimeType: 'image/jpeg' } : undefined;
  } catch {
    return undefined;
  }
}
