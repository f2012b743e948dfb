// Issue 20.6: the archive file reads back what was written, and a damaged or hostile file is refused whole.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { archiveFileName, ArchiveRefused, packArchive, readArchive, type ArchiveContent, type ArchiveHeader } from '../../../../shared/archive/case-archive';
import { sha256Hex, type AsyncHasher } from '../../../../shared/sync/sha256';

const T = Date.UTC(2026, 10, 23, 2, 30, 5);
const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
const sha = sha256Hex(photo);

const header: ArchiveHeader = {
  appVersion: '0.2.0',
  schemaVersion: 19,
  createdAt: T,
  createdBy: { clerkId: 'clerk-1', name: '王管理' },
  deviceId: 'dev-a',
  stationCode: 'A',
  cutoffDate: '2026-11-23',
  archiveAfterYears: 3,
  supplierMinYears: 2,
};

const content = (): ArchiveContent => ({
  index: [{ caseId: 'c1', caseNumber: '2305-A-001', customerName: '华东电子', productModel: 'XK-200', partNumber: 'P1', lotNumber: 'L1', orderNumber: 'O1', receivedAt: '2023-05-01T09:00:00+08:00', closedAt: '2023-05-10T08:00:00.000Z', state: 'closed', hasSupplierRecords: false }],
  records: { cases: [{ id: 'c1', caseNumber: '2305-A-001', defectDescription: '外壳裂纹' }], transitions: [{ id: 't1', caseId: 'c1', action: 'close' }], blobs: [] },
  ops: [{ id: 'op1', entity: 'case', entityId: 'c1', fields: { caseNumber: '2305-A-001' }, hlc: '000000000000001:0000', deviceId: 'dev-a', user: '王' }],
  blobs: new Map([[sha, photo]]),
});

async function refusal(bytes: Uint8Array, hash?: AsyncHasher): Promise<ArchiveRefused> {
  try {
    await readArchive(bytes, hash);
  } catch (error) {
    if (error instanceof ArchiveRefused) return error;
    throw error;
  }
  throw new Error('the archive was read');
}

async function rezip(bytes: Uint8Array, change: (zip: JSZip) => void | Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await change(zip);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('the archive file', () => {
  it('is named by station and UTC time', () => {
    expect(archiveFileName('B', T)).toBe('qarc-B-20261123-023005.qarc');
    expect(archiveFileName('', T)).toBe('qarc-PC-20261123-023005.qarc');
  });

  it('reads back every record, op and attachment with the manifest', async () => {
    const bytes = await packArchive(header, content());
    const { manifest, content: back } = await readArchive(bytes);
    expect(manifest).toMatchObject({ caseCount: 1, recordCount: 2, opCount: 1, cutoffDate: '2026-11-23', createdBy: { name: '王管理' }, createdAt: new Date(T).toISOString() });
    expect(back.index).toEqual(content().index);
    expect(back.records).toEqual(content().records);
    expect(back.ops).toEqual(content().ops);
    expect([...back.blobs.keys()]).toEqual([sha]);
    expect(back.blobs.get(sha)).toEqual(photo);
    // Same input, same bytes (the clock's time on every entry).
    expect(await packArchive(header, content())).toEqual(bytes);
  });

  it('hashes with the hasher passed in (WebCrypto in the app): a file read with another digest is refused', async () => {
    const webCrypto = async (bytes: Uint8Array) => Buffer.from(await crypto.subtle.digest('SHA-256', bytes.slice())).toString('hex');
    const bytes = await packArchive(header, content(), webCrypto);
    expect(bytes).toEqual(await packArchive(header, content()));
    expect((await readArchive(bytes, webCrypto)).content.blobs.get(sha)).toEqual(photo);
    const wrong = (await refusal(bytes, () => Promise.resolve('0'.repeat(64)))).reason;
    expect(wrong).toBe('badChecksum');
  });

  it('refuses a truncated file', async () => {
    const bytes = await packArchive(header, content());
    expect((await refusal(bytes.slice(0, bytes.length - 40))).reason).toBe('notZip');
  });

  it('refuses a flipped bit', async () => {
    const bytes = await packArchive(header, content());
    // Flip a bit inside the first entry's compressed data (past its local header).
    const flipped = bytes.slice();
    flipped[80] = flipped[80]! ^ 0x04;
    const r = await refusal(flipped);
    expect(['notZip', 'badChecksum', 'badManifest', 'noManifest']).toContain(r.reason);
  });

  it('refuses an entry whose checksum does not match', async () => {
    const bytes = await rezip(await packArchive(header, content()), (zip) => void zip.file('ops.json', '[]'));
    expect(await refusal(bytes)).toMatchObject({ reason: 'badChecksum', detail: 'ops.json does not match its checksum' });
  });

  it('refuses an entry not in the manifest, or an unexpected path', async () => {
    const packed = await packArchive(header, content());
    expect((await refusal(await rezip(packed, (zip) => void zip.file('records/extra.json', '[]')))).reason).toBe('extraFile');
    expect((await refusal(await rezip(packed, (zip) => void zip.file('notes.txt', 'x')))).reason).toBe('unsafeEntry');
  });

  it('refuses a link entry', async () => {
    const zip = await JSZip.loadAsync(await packArchive(header, content()));
    zip.file('records/cases.json', '/etc/passwd', { unixPermissions: 0o120777 });
    expect((await refusal(await zip.generateAsync({ type: 'uint8array', platform: 'UNIX' }))).reason).toBe('unsafeEntry');
  });

  it('refuses an oversize entry before unpacking it', async () => {
    // A zip bomb declares a huge unpacked size in the zip's directory: that is what refuses it, nothing is unpacked.
    const bytes = (await packArchive(header, content())).slice();
    const view = new DataView(bytes.buffer);
    let patched = 0;
    for (let at = 0; at + 46 <= bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)) === 'ops.json') {
        view.setUint32(at + 24, 600 * 1024 * 1024, true);
        patched++;
      }
    }
    expect(patched).toBe(1);
    expect(await refusal(bytes)).toMatchObject({ reason: 'tooLarge', detail: expect.stringContaining('ops.json') as string });
  });

  it('refuses a file that is not an archive of this app', async () => {
    expect((await refusal(new Uint8Array([1, 2, 3]))).reason).toBe('notZip');
    const zip = new JSZip();
    zip.file('index.json', '[]');
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).reason).toBe('noManifest');
  });
});
