/** Blob → base64 (without a data: prefix), for sending file bytes through the host API (shared/base64.ts does the encoding). */
import { encodeBase64 } from '../../shared/base64';

export async function blobToBase64(blob: Blob): Promise<string> {
  return encodeBase64(new Uint8Array(await blob.arrayBuffer()));
}
