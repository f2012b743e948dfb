import { describe, expect, it } from 'vitest';
import { AttachmentTooLargeError, lifecycleSettingsFrom, ValidationFailedError } from '../../../../renderer/db';
import { defaultSettings } from '../../../../shared/domain/settings';
import { snapshot } from './lifecycle-helpers';
import { intake, openHarness } from './helpers';

const settings = defaultSettings('22222222-2222-4222-8222-222222222222');
const lifecycle = { ...lifecycleSettingsFrom(settings), attachmentMaxBytes: 1024 };
const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const text = (s: string) => new TextEncoder().encode(s);

describe('attachments', () => {
  it('refuses a file over the size limit of the settings, with the limit and the size, writing nothing', async () => {
    const h = await openHarness({ lifecycle });
    const c = await h.repos.cases.create(intake());
    const before = await snapshot(h);
    const e = await h.repos.attachments.add(c.id, { ownerId: c.id, fileName: 'big.mp4', mimeType: 'video/mp4', bytes: new Uint8Array(1025) }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AttachmentTooLargeError);
    expect(e).toMatchObject({ size: 1025, maxBytes: 1024 });
    expect(await snapshot(h)).toEqual(before);
    expect((await h.repos.attachments.add(c.id, { ownerId: c.id, fileName: 'ok.bin', mimeType: 'application/octet-stream', bytes: new Uint8Array(1024) })).size).toBe(1024);
  });

  it('stores the bytes once by sha256 and the metadata as ops; the same file twice on one owner is one attachment', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    const thumb = { bytes: text('thumb'), mimeType: 'image/jpeg' };
    const a = await h.repos.attachments.add(c.id, { ownerId: c.id, fileName: ' 照片.jpg ', mimeType: 'image/jpeg', bytes: text('abc'), thumbnail: thumb });
    expect(a).toMatchObject({ caseId: c.id, ownerId: c.id, fileName: '照片.jpg', size: 3, sha256: ABC_SHA256, addedBy: '张三', deleted: false });
    expect(a.thumbnailSha256).toMatch(/^[0-9a-f]{64}$/);
    const opsAfterFirst = await h.db.ops.count();
    const again = await h.repos.attachments.add(c.id, { ownerId: c.id, fileName: 'copy.jpg', mimeType: 'image/jpeg', bytes: text('abc').buffer });
    expect(again).toEqual(a);
    expect(await h.db.ops.count()).toBe(opsAfterFirst);
    expect((await h.db.ops.where('[entity+entityId]').equals(['attachment', a.id]).toArray()).flatMap((o) => Object.keys(o.fields)).sort()).toEqual(
      ['addedAt', 'addedBy', 'caseId', 'deleted', 'fileName', 'mimeType', 'ownerId', 'sha256', 'size', 'thumbnailSha256'],
    );

    // the same bytes on a return line: a second record, still one blob
    const line = await h.repos.returns.addLine(c.id, { productModel: 'KX-200', partNumber: '', lotNumber: '', quantityApproved: 1, reason: '' });
    const onLine = await h.repos.attachments.add(c.id, { ownerId: line.id, fileName: 'x.jpg', mimeType: 'image/jpeg', bytes: text('abc') });
    expect(onLine.id).not.toBe(a.id);
    expect(await h.db.blobs.count()).toBe(2); // bytes + thumbnail
    const blob = await h.repos.attachments.getBlob(ABC_SHA256);
    expect(blob?.type).toBe('image/jpeg');
    expect(new TextDecoder().decode(await blob!.arrayBuffer())).toBe('abc');
    expect(new TextDecoder().decode(await (await h.repos.attachments.getBlob(a.thumbnailSha256!))!.arrayBuffer())).toBe('thumb');
    expect(await h.repos.attachments.getBlob('0'.repeat(64))).toBeUndefined();

    await h.repos.attachments.remove(a.id);
    expect((await h.repos.attachments.list(c.id)).map((x) => x.id)).toEqual([onLine.id]);
    expect((await h.repos.lifecycle.getCaseFile(c.id)).attachments.map((x) => x.id)).toEqual([onLine.id]);
    expect(await h.repos.attachments.getBlob(ABC_SHA256)).toBeDefined();
  });

  it('an attachment belongs to the case or one of its records', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    const other = await h.repos.cases.create(intake());
    const e = await h.repos.attachments.add(c.id, { ownerId: other.id, fileName: 'a.pdf', mimeType: 'application/pdf', bytes: text('x') }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationFailedError);
    expect((e as ValidationFailedError).fieldErrors).toEqual({ ownerId: 'notFound' });
    expect(await h.db.blobs.count()).toBe(0);
  });
});
