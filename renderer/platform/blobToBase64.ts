/** Blob → base64 (without a data: prefix), for sending file bytes through the host API, or as a data: URL (shared/base64.ts does the encoding). */
import { encodeBase64 } from '../../shared/base64';

export async function blobToBase64(blob: Blob): Promise<string> {
  return encodeBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** Blob → data: URL, as FileReader.readAsDataURL makes it (the blob's type, else application/octet-stream). */
export async function blobToDataUrl(blob: Blob): Promise<string> {
  return `data:${blob.type || 'application/octet-stream'};base64,${await blobToBase64(blob)}`;
}
