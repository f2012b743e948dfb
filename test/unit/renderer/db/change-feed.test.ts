// The database's change feed: after each committed write or merge it names
// the records that changed (and the case they belong to); a write that rolls
// back names nothing. Pages and the ledger follow it instead of reloading.
import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../../renderer/db';
import { intake, openHarness } from './helpers';
import { caseAtDecision } from './lifecycle-helpers';

/** Collects what the feed publishes; `next()` waits for the next published set. */
function listen(h: { repos: { changes: { subscribe(l: (c: ChangeSet) => void): () => void; published(): Promise<void> } } }) {
  const seen: ChangeSet[] = [];
  let wake: (() => void) | null = null;
  h.repos.changes.subscribe((c) => {
    seen.push(c);
    wake?.();
  });
  return {
    seen,
    next: () => new Promise<ChangeSet>((resolve) => {
      const start = seen.length;
      wake = () => seen.length > start && resolve(seen[seen.length - 1]!);
    }),
    settle: () => h.repos.changes.published(),
  };
}

describe('change feed', () => {
  it('names the case after its creation, an intake edit and a lifecycle write', async () => {
    const h = await openHarness();
    const feed = listen(h);
    const created = feed.next();
    const c = await h.repos.cases.create(intake());
    expect([...(await created).cases]).toEqual([c.id]);

    const edited = feed.next();
    await h.repos.cases.update(c.id, { lotNumber: 'L9' });
    const edit = await edited;
    expect(edit.cases.has(c.id)).toBe(true);
    expect(edit.tables.has('cases')).toBe(true); // the tables written (bookkeeping tables such as ops are not tracked)
    expect(edit.tables.has('ops')).toBe(false);

    const id = await caseAtDecision(h);
    await feed.settle();
    const lifecycle = feed.next();
    const line = await h.repos.lifecycle.update(id, { decisionNote: '退货' });
    const changes = await lifecycle;
    expect(changes.ids.has(id)).toBe(true); // the lifecycle record belongs to the case
    expect(changes.ids.has(line.id)).toBe(true);
    expect(changes.cases.has(id)).toBe(false); // its ledger row did not change

    await feed.settle();
    const from = feed.seen.length;
    await h.repos.lifecycle.update(id, { decision: 'A' });
    await h.repos.lifecycle.transition(id, { action: 'confirm_decision' });
    await feed.settle();
    expect(feed.seen.slice(from).some((c) => c.cases.has(id))).toBe(true); // a new step: the ledger projection was rewritten
  });

  it('publishes nothing for a write that was refused and rolled back', async () => {
    const h = await openHarness();
    const c = await h.repos.cases.create(intake());
    await h.repos.changes.published();
    const feed = listen(h);
    await expect(h.repos.cases.update(c.id, { quantityDefective: -5 })).rejects.toThrow('invalid input: quantityDefective');
    await feed.settle();
    expect(feed.seen).toEqual([]);
  });

  it('names every case of writes that run together', async () => {
    const h = await openHarness();
    const feed = listen(h);
    const [a, b] = await Promise.all([h.repos.cases.create(intake()), h.repos.cases.create(intake({ customerName: '另一家' }))]);
    await feed.settle();
    expect(feed.seen.flatMap((c) => [...c.cases]).sort()).toEqual([a.id, b.id].sort());
  });

  it('rowsOf gives the ledger rows of live cases and lists deleted or unknown ones as removed', async () => {
    const h = await openHarness();
    const a = await h.repos.cases.create(intake());
    const b = await h.repos.cases.create(intake());
    await h.repos.cases.remove(b.id);
    const { rows, removed } = await h.repos.cases.rowsOf([a.id, b.id, 'nope']);
    expect(rows.map((r) => r.id)).toEqual([a.id]);
    expect(removed).toEqual([b.id, 'nope']);
  });
});
