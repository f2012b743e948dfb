/** Hex SHA-256 of some bytes with WebCrypto (fast for attachments and backups; shared/sync/sha256.ts is the pure one). */
export async function webSha256Hex(bytes: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
