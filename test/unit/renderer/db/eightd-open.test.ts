/** The workbench's list of 8D reports not closed: which ones, their case, their soonest open deadline, the order. */
import { describe, expect, it } from 'vitest';
import { fillThroughD7 } from './eightd-helpers';
import { intake, openHarness, sign, T0 } from './helpers';

const HOUR = 3_600_000;

describe('eightD.listOpen', () => {
  it('lists reports not closed with their case and soonest open deadline, soonest first; closed, removed and deleted-case reports are left out', async () => {
    const h = await openHarness();
    const r = h.repos.eightD;
    const first = await h.repos.cases.create(intake({ customerName: '华东电器' }));
    const second = await h.repos.cases.create(intake({ customerName: '苏州精密' }));
    const gone = await h.repos.cases.create(intake({ customerName: '已删除客户' }));

    const early = await r.open(first.id); // containment reply due T0 + 24 h
    h.setNow(T0 + 2 * HOUR);
    const later = await r.open(second.id); // due T0 + 26 h
    const removed = await r.open(second.id);
    await r.remove(removed.id);
    await r.open(gone.id);
    await h.repos.cases.remove(gone.id);

    const list = await r.listOpen();
    expect(list.map((o) => [o.report.number, o.caseNumber, o.customerName])).toEqual([
      [early.number, first.caseNumber, '华东电器'],
      [later.number, second.caseNumber, '苏州精密'],
    ]);
    expect(list[0]?.nextDue).toMatchObject({ kind: 'eightd_containment', dueAt: early.containmentDueAt, doneAt: null });

    // Once the early one's containment is replied, its next open deadline is a later one (or none): it moves behind.
    await r.setContainmentReplied(early.id, new Date(T0 + HOUR).toISOString());
    const after = await r.listOpen();
    expect(after[0]?.report.id).toBe(later.id);
    expect(after.find((o) => o.report.id === early.id)?.nextDue?.kind ?? null).not.toBe('eightd_containment');

    // Closed reports leave the list.
    await fillThroughD7(h, later);
    await r.approve(later.id, '', await sign(h));
    await r.close(later.id, await sign(h));
    expect((await r.listOpen()).map((o) => o.report.id)).toEqual([early.id]);
  });
});
