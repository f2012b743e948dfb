// The rules of updates from the shared folder (issue 20.1), with hand-built expectations.
import { describe, expect, it } from 'vitest';
import { decideUpdate, parseLatestYml, parseRollout } from '../../../../shared/domain/app-update';

const SHA = `${'A'.repeat(86)}==`;

describe('decideUpdate', () => {
  it('offers a newer version to everyone without a rollout setting', () => {
    expect(decideUpdate('0.2.0', '0.3.0', {}, 'A')).toEqual({ offer: true, reason: 'newer' });
    expect(decideUpdate('0.2.0', '0.10.0', {}, '')).toEqual({ offer: true, reason: 'newer' });
    expect(decideUpdate('0.3.0', '0.3.0', {}, 'A')).toEqual({ offer: false, reason: 'same' });
  });
  it('offers it only to the listed stations while a rollout lists some', () => {
    const rollout = { stations: ['B', 'C1'] };
    expect(decideUpdate('0.2.0', '0.3.0', rollout, 'B')).toEqual({ offer: true, reason: 'newer' });
    expect(decideUpdate('0.2.0', '0.3.0', rollout, 'A')).toEqual({ offer: false, reason: 'notInRollout' });
    expect(decideUpdate('0.2.0', '0.3.0', rollout, '')).toEqual({ offer: false, reason: 'noStationCode' });
    expect(decideUpdate('0.2.0', '0.3.0', { stations: [] }, 'A')).toEqual({ offer: false, reason: 'notInRollout' });
  });
  it('offers an older version only when the downgrade is allowed', () => {
    expect(decideUpdate('0.4.0', '0.3.0', {}, 'A')).toEqual({ offer: false, reason: 'olderNotAllowed' });
    expect(decideUpdate('0.4.0', '0.3.0', { allowDowngrade: true }, 'A')).toEqual({ offer: true, reason: 'downgrade' });
    expect(decideUpdate('0.4.0', '0.3.0', { allowDowngrade: true, stations: ['B'] }, 'A')).toEqual({ offer: false, reason: 'notInRollout' });
  });
});

describe('parseRollout', () => {
  it('reads what IT writes, BOM and all; an absent file is everyone', () => {
    expect(parseRollout(null)).toEqual({});
    expect(parseRollout('\uFEFF{"stations": ["A", "B"]}')).toEqual({ stations: ['A', 'B'] });
    expect(parseRollout('{"allowDowngrade": true}')).toEqual({ allowDowngrade: true });
  });
  it('refuses typos, bad codes and broken JSON with the reason', () => {
    expect(() => parseRollout('{"station": ["A"]}')).toThrow(/rollout\.json: not a rollout setting/);
    expect(() => parseRollout('{"stations": ["a b"]}')).toThrow(/station codes/);
    expect(() => parseRollout('{"stations": ["A",]}')).toThrow(/rollout\.json: not valid JSON/);
  });
});

describe('parseLatestYml', () => {
  const good = { version: '0.3.0', files: [{ url: 'ComplaintReturnDesk-0.3.0-x64-setup.exe', sha512: SHA, size: 1234 }], path: 'ComplaintReturnDesk-0.3.0-x64-setup.exe', sha512: SHA, releaseDate: '2026-11-30T08:00:00.000Z' };
  it('takes electron-builder output', () => {
    expect(parseLatestYml(good).files[0]?.size).toBe(1234);
  });
  it.each([
    ['a folder in the name', { ...good, files: [{ ...good.files[0], url: '../setup.exe' }] }, /plain file name/],
    ['a Windows folder in the name', { ...good, files: [{ ...good.files[0], url: 'C:\\x\\setup.exe' }] }, /plain file name/],
    ['no files', { ...good, files: [] }, /files/],
    ['a sha256 instead of sha512', { ...good, files: [{ ...good.files[0], sha512: 'ab'.repeat(32) }] }, /sha512/],
    ['an enormous installer', { ...good, files: [{ ...good.files[0], size: 10 * 1024 ** 3 }] }, /size/],
    ['no version', { ...good, version: undefined }, /version/],
    ['not an object', 'hello', /latest\.yml/],
  ])('refuses %s', (_name, data, expected) => {
    expect(() => parseLatestYml(data)).toThrow(expected);
  });
});
