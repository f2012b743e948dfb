/**
 * The background run of the statistics-facts fill (statistics-backfill.ts):
 * with the session's settings, once per database per app run, stopped and
 * continued, never throwing into the app.
 */
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../../../shared/domain/settings';
import type { CaseProjection } from '../../../../shared/domain/lifecycle/projection';
import { lacksStatisticsFacts } from '../../../../renderer/db';
import { runStatisticsBackfill } from '../../../../renderer/state/statistics-backfill';
import { DEVICE, intake, openHarness, type Harness } from '../db/helpers';

function withoutFacts(p: CaseProjection): CaseProjection {
  const { deadlines: _d, returns: _r, survey: _s, supplierClaims: _c, ...older } = p;
  return older;
}

async function olderCases(h: Harness, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await h.repos.cases.create(intake({ lotNumber: `L${i}` }));
  const full = await h.db.cases.toArray();
  await h.db.cases.bulkPut(full.map((c) => ({ ...c, projection: withoutFacts(c.projection!) })));
}

const log = () => ({ info: vi.fn(), warn: vi.fn() });

describe('runStatisticsBackfill', () => {
  it('fills the facts with the session settings once per database, logging one line', async () => {
    const h = await openHarness();
    await olderCases(h, 3);
    const settings: Settings = defaultSettings(DEVICE);
    const first = log();
    expect(await runStatisticsBackfill(h.db, () => settings, new AbortController().signal, first)).toMatchObject({ filled: 3, stopped: false });
    expect(first.info).toHaveBeenCalledTimes(1);
    expect((await h.db.ledgerRows.toArray()).some(lacksStatisticsFacts)).toBe(false);

    // Once per app run: a second start (the frame mounted again after a lock) does not scan again.
    const second = log();
    expect(await runStatisticsBackfill(h.db, () => settings, new AbortController().signal, second)).toBeNull();
    expect(second.info).not.toHaveBeenCalled();
  });

  it("computes the deadlines with this PC's settings", async () => {
    const h = await openHarness();
    await olderCases(h, 1);
    const settings: Settings = { ...defaultSettings(DEVICE), deadlineRules: { ...defaultSettings(DEVICE).deadlineRules, closureDaysDomestic: 20 } };
    await runStatisticsBackfill(h.db, () => settings, new AbortController().signal, log());
    const [row] = await h.db.ledgerRows.toArray();
    const closure = row!.deadlines!.find((d) => d.kind === 'closure')!;
    expect(Date.parse(closure.dueAt) - Date.parse(row!.receivedAt)).toBe(20 * 86_400_000);
  });

  it('does nothing without settings or when stopped before it began, and runs later', async () => {
    const h = await openHarness();
    await olderCases(h, 2);
    expect(await runStatisticsBackfill(h.db, () => null, new AbortController().signal, log())).toBeNull();
    const stopped = new AbortController();
    stopped.abort();
    expect(await runStatisticsBackfill(h.db, () => defaultSettings(DEVICE), stopped.signal, log())).toBeNull();
    expect((await h.db.ledgerRows.toArray()).filter(lacksStatisticsFacts)).toHaveLength(2);
    expect(await runStatisticsBackfill(h.db, () => defaultSettings(DEVICE), new AbortController().signal, log())).toMatchObject({ filled: 2 });
  });

  it('logs instead of throwing when the database fails', async () => {
    const h = await openHarness();
    await olderCases(h, 1);
    h.db.close();
    const failing = log();
    expect(await runStatisticsBackfill(h.db, () => defaultSettings(DEVICE), new AbortController().signal, failing)).toBeNull();
    expect(failing.warn).toHaveBeenCalledTimes(1);
  });
});
