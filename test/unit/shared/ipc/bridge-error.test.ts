import { describe, expect, it } from 'vitest';
import { decodeBridgeError, encodeBridgeError, toDesktopApiError } from '../../../../shared/ipc/bridge-error';
import { DesktopApiError } from '../../../../shared/ipc/result';

describe('errors across contextBridge (only the message survives)', () => {
  it('round-trips code, message and issues through a plain Error message', () => {
    const error = { code: 'badArguments' as const, message: '语言无效', issues: [{ path: 'language', message: 'bad' }] };
    // What Electron does: a new Error with the message, sometimes prefixed.
    const crossed = new Error(`Error invoking remote method: ${encodeBridgeError(error)}`);
    expect(decodeBridgeError(crossed)).toEqual(error);
    const rebuilt = toDesktopApiError(crossed);
    expect(rebuilt).toBeInstanceOf(DesktopApiError);
    expect((rebuilt as DesktopApiError).code).toBe('badArguments');
    expect((rebuilt as DesktopApiError).message).toBe('语言无效');
    expect((rebuilt as DesktopApiError).issues).toEqual(error.issues);
  });

  it('leaves other errors alone and rejects forged codes', () => {
    const plain = new Error('network down');
    expect(toDesktopApiError(plain)).toBe(plain);
    expect(decodeBridgeError('desk-ipc-error:{"code":"root","message":"x"}')).toBeNull();
    expect(decodeBridgeError('desk-ipc-error:{not json')).toBeNull();
    expect(decodeBridgeError(null)).toBeNull();
  });
});
