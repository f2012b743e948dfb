import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../../../shared/base64';
import {
  checkNewPassword,
  constantTimeEqual,
  credentialOf,
  hashPassword,
  KDF_ALGORITHM,
  MIN_KDF_ITERATIONS,
  verifyPassword,
  type KdfSubtle,
} from '../../../../../shared/domain/clerks/password';
import { utf8Encode } from '../../../../../shared/utf8';

const subtle = globalThis.crypto.subtle as unknown as KdfSubtle;
const salt = Uint8Array.from({ length: 16 }, (_, i) => i + 1);

describe('password rules', () => {
  it('wants at least 6 characters and the same confirmation', () => {
    expect(checkNewPassword('')).toBe('required');
    expect(checkNewPassword('12345')).toBe('tooShort');
    expect(checkNewPassword('密码密码密')).toBe('tooShort');
    expect(checkNewPassword('123456')).toBeNull();
    expect(checkNewPassword('123456', '123457')).toBe('mismatch');
    expect(checkNewPassword('x'.repeat(129))).toBe('tooLong');
  });
});

describe('credential', () => {
  it('stores the hash parameters with the hash, never the password', async () => {
    const c = await hashPassword('秘密-secret', salt, MIN_KDF_ITERATIONS, subtle);
    expect(c.algorithm).toBe(KDF_ALGORITHM);
    expect(c.algorithm).toBe('PBKDF2-SHA256');
    expect(c.iterations).toBe(600_000);
    expect(decodeBase64(c.salt)).toEqual(salt);
    expect(decodeBase64(c.hash)).toHaveLength(32);
    expect(JSON.stringify(c)).not.toContain('secret');
    expect(credentialOf(JSON.parse(JSON.stringify(c)))).toEqual(c);
    expect(credentialOf({ ...c, algorithm: 'md5' })).toBeNull();
  });

  it('is the PBKDF2-HMAC-SHA256 of the UTF-8 bytes (checked against WebCrypto directly)', async () => {
    const c = await hashPassword('口令abc123', salt, MIN_KDF_ITERATIONS, subtle);
    const key = await globalThis.crypto.subtle.importKey('raw', new TextEncoder().encode('口令abc123'), 'PBKDF2', false, ['deriveBits']);
    const bits = await globalThis.crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: MIN_KDF_ITERATIONS }, key, 256);
    expect(decodeBase64(c.hash)).toEqual(new Uint8Array(bits));
  });

  it('verifies the right password only', async () => {
    const c = await hashPassword('right-one', salt, MIN_KDF_ITERATIONS, subtle);
    expect(await verifyPassword('right-one', c, subtle)).toBe(true);
    expect(await verifyPassword('right-onE', c, subtle)).toBe(false);
    expect(await verifyPassword('', c, subtle)).toBe(false);
  });

  it('refuses weak parameters: fewer iterations or a short salt', async () => {
    await expect(hashPassword('abcdef', salt, MIN_KDF_ITERATIONS - 1, subtle)).rejects.toThrow(/600000/);
    await expect(hashPassword('abcdef', salt.subarray(0, 8), MIN_KDF_ITERATIONS, subtle)).rejects.toThrow(/salt/);
    const c = await hashPassword('abcdef', salt, MIN_KDF_ITERATIONS, subtle);
    expect(await verifyPassword('abcdef', { ...c, iterations: 1000 }, subtle)).toBe(false);
  });

  it('compares bytes without an early exit', () => {
    expect(constantTimeEqual(utf8Encode('abc'), utf8Encode('abc'))).toBe(true);
    expect(constantTimeEqual(utf8Encode('abc'), utf8Encode('abd'))).toBe(false);
    expect(constantTimeEqual(utf8Encode('abc'), utf8Encode('ab'))).toBe(false);
    expect(constantTimeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
    expect(constantTimeEqual(new Uint8Array(0), new Uint8Array(1))).toBe(false);
  });

  it('encodes UTF-8 like TextEncoder', () => {
    for (const s of ['', 'abc', '张三', '😀x', '\ud800']) expect(utf8Encode(s)).toEqual(new TextEncoder().encode(s));
  });
});
