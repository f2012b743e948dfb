/** Hex SHA-256 of some bytes with WebCrypto (fast for attachments, backups and archives; shared/sync/sha256.ts is the pure one). */
export async function webSha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes instanceof ArrayBuffer || bytes.buffer instanceof ArrayBuffer ? (bytes as ArrayBuffer | Uint8Array<ArrayBuffer>) : bytes.slice());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
