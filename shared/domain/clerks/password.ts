/**
 * Passwords of clerks (issue 16.3): the rules a new password must meet and
 * the credential stored in its place — PBKDF2-SHA256 through WebCrypto with
 * its parameters kept next to the hash, so a later app can raise the
 * iterations and still verify older credentials. The password itself is
 * never returned, stored, logged or put in an error.
 *
 * shared/ has no DOM types: the few SubtleCrypto methods used are declared
 * here; the renderer and Node both pass `crypto.subtle`.
 */
import { decodeBase64, encodeBase64 } from '../../base64';
import { utf8Encode } from '../../utf8';

export const PASSWORD_MIN_LENGTH = 6;
/** Long enough for any passphrase; bounds the KDF's input. */
export const PASSWORD_MAX_LENGTH = 128;
export const KDF_ALGORITHM = 'PBKDF2-SHA256';
/** OWASP 2023 floor for PBKDF2-HMAC-SHA256. Never lower: verify refuses credentials under it. */
export const MIN_KDF_ITERATIONS = 600_000;
export const DEFAULT_KDF_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
const HASH_BITS = 256;

export interface PasswordCredential {
  algorithm: typeof KDF_ALGORITHM;
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 of the derived key */
  hash: string;
}

/** The part of WebCrypto's SubtleCrypto this module uses (shared/ has no DOM types). */
export interface KdfSubtle {
  importKey(format: 'raw', keyData: Uint8Array<ArrayBuffer>, algorithm: 'PBKDF2', extractable: false, usages: ['deriveBits']): Promise<unknown>;
  deriveBits(algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array<ArrayBuffer>; iterations: number }, baseKey: never, length: number): Promise<ArrayBuffer>;
}

/** What is wrong with a new password: 'required', 'tooShort', 'tooLong', 'mismatch' (confirmation); null when fine. */
export function checkNewPassword(password: string, confirmation: string = password): 'required' | 'tooShort' | 'tooLong' | 'mismatch' | null {
  if (password.length === 0) return 'required';
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (password !== confirmation) return 'mismatch';
  return null;
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number, subtle: KdfSubtle): Promise<Uint8Array> {
  const key = await subtle.importKey('raw', utf8Encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key as never, HASH_BITS);
  return new Uint8Array(bits);
}

/** The credential of `password` with this salt (random, SALT_BYTES) and iteration count (≥ MIN_KDF_ITERATIONS). */
export async function hashPassword(password: string, salt: Uint8Array, iterations: number, subtle: KdfSubtle): Promise<PasswordCredential> {
  if (!Number.isSafeInteger(iterations) || iterations < MIN_KDF_ITERATIONS) throw new RangeError(`PBKDF2 needs at least ${MIN_KDF_ITERATIONS} iterations`);
  if (salt.length < SALT_BYTES) throw new RangeError(`the salt needs at least ${SALT_BYTES} bytes`);
  const saltCopy = new Uint8Array(salt);
  const hash = await derive(password, saltCopy, iterations, subtle);
  return { algorithm: KDF_ALGORITHM, iterations, salt: encodeBase64(saltCopy), hash: encodeBase64(hash) };
}

/** Equal bytes, compared in time that depends on the length only. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i % Math.max(1, a.length)] ?? 0) ^ (b[i % Math.max(1, b.length)] ?? 0);
  return diff === 0;
}

/** A credential as stored (replicated JSON): its shape checked, or null. */
export function credentialOf(value: unknown): PasswordCredential | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  if (c.algorithm !== KDF_ALGORITHM || typeof c.iterations !== 'number' || typeof c.salt !== 'string' || typeof c.hash !== 'string') return null;
  return { algorithm: KDF_ALGORITHM, iterations: c.iterations, salt: c.salt, hash: c.hash };
}

/** Does `password` match the credential? A credential with weaker parameters than the floor never matches. */
export async function verifyPassword(password: string, credential: PasswordCredential, subtle: KdfSubtle): Promise<boolean> {
  if (credential.algorithm !== KDF_ALGORITHM || !Number.isSafeInteger(credential.iterations) || credential.iterations < MIN_KDF_ITERATIONS) return false;
  const expected = decodeBase64(credential.hash);
  const actual = await derive(password, decodeBase64(credential.salt), credential.iterations, subtle);
  return constantTimeEqual(actual, expected);
}
