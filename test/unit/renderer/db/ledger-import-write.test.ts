/** Writing a confirmed 台账 import: new cases with their original numbers, closed ones closed on their day, re-imports without duplicates, updates as field edits. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MASTER_ENTRIES } from '../../../../shared/domain/master-data/seed';
import { planImport, type ExistingCase, type PlanContext } from '../../../../shared/workbook/ledger-import/plan';
import { prepareSheets } from '../../../../shared/workbook/ledger-import/prepare';
import { readLedgerWorkbook } from '../../../../shared/workbook/ledger-import/read';
import { writablePlan } from '../../../../renderer/db/ledger-import-write';
import { ledger2019, workbookOf, type SheetSpec } from '../../shared/workbook/ledger-import/fixtures';
import { openHarness, type Harness } from './helpers';

function context(existing: ExistingCase[]): PlanContext {
  return {
    now: new Date('2026-11-23T02:00:00Z'),
    year: 2019,
    defaults: { contactChannel: 'phone', market: 'domestic', foundAt: 'incoming_inspection', occurrence: 'first', customerRequests: ['explanation_only'] },
    masterEntries: DEFAULT_MASTER_ENTRIES,
    existing,
  };
}

async function planOf(h: Harness, specs: SheetSpec[]) {
  const { sheets } = prepareSheets(await readLedgerWorkbook(await workbookOf(specs)));
  return planImport(sheets, context(await h.repos.cases.existingForImport()));
}

describe('importing a 台账 into the desk', () => {
  it('creates the planned cases with their original numbers; closed ones are closed on their day with no effect check due', async () => {
    const h = await openHarness();
    const plan = await planOf(h, ledger2019());
    expect(plan.creates.length).toBeGreaterThan(3);
    const progress: number[] = [];
    const result = await h.repos.cases.importLedger(plan, { chunkSize: 2, onProgress: (p) => progress.push(p.rowsWritten) });
    expect(result).toEqual({ created: plan.creates.length, updated: 0, skipped: 0 });
    expect(progress.at(-1)).toBe(plan.creates.length);
    const rows = await h.repos.cases.listAll();
    expect(rows).toHaveLength(plan.creates.length);
    const cases = await Promise.all(rows.map((r) => h.repos.cases.get(r.id)));
    const byNumber = new Map(cases.map((c, i) => [c!.originalNumber, { c: c!, row: rows[i]! }]));
    const first = byNumber.get('KS-1901-001')!;
    expect(first.c.caseNumber).toMatch(/^1901-B-\d{3}$/);
    expect(first.row.state).toBe('closed');
    expect(first.row.closedAt).toBe('2019-01-20T10:00:00.000Z');
    expect(first.row.effectCheckDueDate).toBeUndefined();
    const lifecycle = await h.db.caseLifecycles.get(first.c.id);
    expect(lifecycle?.effectCheckDueDate ?? null).toBeNull();
    const transitions = await h.db.transitions.where('caseId').equals(first.c.id).toArray();
    expect(transitions.map((t) => [t.action, t.from, t.to, t.reason])).toEqual([['import_closed', 'registered', 'closed', '导入：原台账已结案']]);
    expect(byNumber.get('KS-1901-002')!.row.state).toBe('registered');
  });

  it('plans nothing to create or update when the same workbook is imported again', async () => {
    const h = await openHarness();
    await h.repos.cases.importLedger(await planOf(h, ledger2019()));
    const again = writablePlan(await planOf(h, ledger2019()));
    expect(again.creates).toHaveLength(0);
    expect(again.updates).toHaveLength(0);
    expect((await h.repos.cases.importLedger(again)).created).toBe(0);
    expect(await h.repos.cases.count()).toBe(again.unchanged.length);
  });

  it('writes an update as edits of the changed fields only, in the change history; a case deleted meanwhile is skipped', async () => {
    const h = await openHarness();
    await h.repos.cases.importLedger(await planOf(h, ledger2019()));
    const changed = ledger2019();
    const july = changed.find((s) => s.name === '7月')!;
    changed.find((s) => s.name === '1月')!.rows[4]![6] = '不通电（复测）';
    july.rows[2]![5] = '异响（复测）';
    const plan = writablePlan(await planOf(h, changed));
    expect(plan.creates).toHaveLength(0);
    expect(plan.updates.map((u) => u.changes.map((c) => c.field))).toEqual([['defectDescription'], ['defectDescription']]);
    const gone = plan.updates[1]!.caseId;
    await h.repos.cases.remove(gone);
    expect(await h.repos.cases.importLedger(plan)).toEqual({ created: 0, updated: 1, skipped: 1 });
    const edited = await h.repos.cases.get(plan.updates[0]!.caseId);
    expect(edited!.defectDescription).toBe('不通电（复测）');
    const history = await h.repos.cases.history(edited!.id);
    expect(history.filter((e) => !e.creation).map((e) => [e.field, e.oldValue, e.newValue])).toEqual([['defectDescription', '不通电', '不通电（复测）']]);
  });
});
