import { describe, expect, it } from 'vitest';
import { addAttachment, checkAttachment } from '../../../../../../shared/domain/lifecycle/commands/attachments';
import { slotOwnerId } from '../../../../../../shared/domain/lifecycle/attachment-slots';
import type { AttachmentRecord } from '../../../../../../shared/domain/lifecycle/records';
import { view } from '../fixtures';
import { AT, contextOf, line, shapeOf } from './context';

const stored: AttachmentRecord = { id: 'at1', caseId: 'c1', ownerId: 'l1', fileName: 'a.jpg', mimeType: 'image/jpeg', size: 3, sha256: 'abc', thumbnailSha256: null, addedAt: AT, addedBy: 'x', deleted: false };
const around = { eightDPhotoOwners: ['8d1:D2'], attachments: [stored] };
const ctx = contextOf(view({}, { returnLines: [line(), line({ id: 'gone', deleted: true })] }));
const file = (ownerId: string) => ({ fileName: ' 照片.jpg ', mimeType: 'image/jpeg', ownerId });

describe('attachments', () => {
  it('belong to the case, one of its scan slots, one of its live records or an 8D photo section', () => {
    expect(checkAttachment(ctx, file('c1'), 'def', around)).toBeNull();
    expect(checkAttachment(ctx, file(slotOwnerId('c1', 'returnProof', 1)), 'def', around)).toBeNull();
    expect(checkAttachment(ctx, file(slotOwnerId('c1', 'effectCheck', 2)), 'def', around)).toBeNull();
    // Another case's slot, an unknown slot, a round that is no round: not this case's.
    for (const owner of [slotOwnerId('c2', 'returnProof', 1), 'c1/invoice/1', 'c1/returnProof/0', 'c1/returnProof/1/x', 'c1/returnProof/']) {
      expect(checkAttachment(ctx, file(owner), 'def', around)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { ownerId: 'notFound' } } });
    }
    expect(checkAttachment(ctx, file('8d1:D2'), 'def', around)).toBeNull();
    expect(checkAttachment(ctx, file('gone'), 'def', around)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { ownerId: 'notFound' } } });
    expect(checkAttachment(ctx, { ...file('c1'), fileName: ' ' }, 'def', around)).toEqual({ ok: false, refusal: { kind: 'invalid', fieldErrors: { fileName: 'required' } } });
  });

  it('the same bytes on the same owner are there already; a new one is recorded at this write', () => {
    expect(checkAttachment(ctx, file('l1'), 'abc', around)).toEqual({ existing: stored });
    const done = addAttachment(ctx, file('l1'), { size: 5, sha256: 'def', thumbnailSha256: null });
    expect(shapeOf(done)).toEqual(['attachment:new']);
    expect(done.ok && done.value).toMatchObject({ fileName: '照片.jpg', addedAt: AT, addedBy: '张三', sha256: 'def' });
  });
});
