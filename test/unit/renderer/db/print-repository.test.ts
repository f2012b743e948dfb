import { describe, expect, it } from 'vitest';
import { intake, openHarness, T0 } from './helpers';

describe('print repository (schema v4)', () => {
  it('records prints with their ops in one transaction, newest first', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    const first = await h.repos.print.record(c.id, { form: 'complaint', action: 'savePdf', printer: '', copies: 3, paper: 'a4-portrait' });
    h.setNow(T0 + 60_000);
    const second = await h.repos.print.record(c.id, { form: 'returnLabel', action: 'print', printer: 'Zebra ZD421', copies: 2, paper: 'label100x150' });
    const list = await h.repos.print.list(c.id);
    expect(list.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(list[0]).toMatchObject({ form: 'returnLabel', printer: 'Zebra ZD421', copies: 2, printedBy: '张三' });
    const ops = await h.db.ops.where('[entity+entityId]').equals(['printRecord', second.id]).toArray();
    expect(ops.flatMap((o) => Object.keys(o.fields)).sort()).toEqual(['action', 'caseId', 'copies', 'deleted', 'form', 'paper', 'printedAt', 'printedBy', 'printer'].sort());
    expect(await h.repos.print.list('other')).toEqual([]);
  });

  it('keeps the signed-copy mark per case, with an optional scan', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    expect(await h.repos.print.getSignedCopy(c.id)).toBeNull();
    await h.repos.print.setSignedCopy(c.id, true, null);
    const mark = await h.repos.print.setSignedCopy(c.id, true, 'att-1');
    expect(mark).toMatchObject({ id: c.id, received: true, scanAttachmentId: 'att-1', markedBy: '张三' });
    const ops = await h.db.ops.where('[entity+entityId]').equals(['signedCopy', c.id]).toArray();
    expect(ops.filter((o) => 'received' in o.fields)).toHaveLength(2);
    const again = await (await h.reopen()).repos.print.getSignedCopy(c.id);
    expect(again?.scanAttachmentId).toBe('att-1');
  });
});
