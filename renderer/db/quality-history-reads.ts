/**
 * Reads what the 品质履历表 needs of many cases at once (issue 17.5): the
 * case, its lifecycle, its actions, its 8D reports with their child records
 * and its attachments' metadata — one read transaction, one query per table
 * for all the cases (the history of a model is tens to hundreds of cases).
 * Loads only; the lines are made by shared/domain/quality-history.
 */
import { live } from '../../shared/domain/live-records';
import type { EightDBundle } from '../../shared/domain/eightd/records';
import type { HistorySource } from '../../shared/domain/quality-history/entry';
import { eightDTables, loadBundle } from './eightd-store';
import type { DeskDatabase } from './schema';

export interface QualityHistoryReads {
  /** The sources of the given cases, in the given order; deleted or unknown cases are left out. */
  sources(caseIds: readonly string[]): Promise<HistorySource[]>;
}

const groupByCase = <T extends { caseId: string }>(items: readonly T[]): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.caseId);
    if (list) list.push(item);
    else out.set(item.caseId, [item]);
  }
  return out;
};

export function createQualityHistoryReads(db: DeskDatabase): QualityHistoryReads {
  return {
    async sources(caseIds) {
      if (caseIds.length === 0) return [];
      const ids = [...caseIds];
      return db.transaction('r', [db.cases, db.caseLifecycles, db.caseActions, db.attachments, ...eightDTables(db)], async () => {
        const [cases, lifecycles, actions, attachments, reports] = await Promise.all([
          db.cases.bulkGet(ids),
          db.caseLifecycles.bulkGet(ids),
          db.caseActions.where('caseId').anyOf(ids).toArray(),
          db.attachments.where('caseId').anyOf(ids).toArray(),
          db.eightDs.where('caseId').anyOf(ids).toArray(),
        ]);
        const bundles = new Map<string, EightDBundle[]>();
        for (const report of live(reports).sort((a, b) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : 0))) {
          const list = bundles.get(report.caseId) ?? [];
          list.push(await loadBundle(db, report));
          bundles.set(report.caseId, list);
        }
        const actionsOf = groupByCase(live(actions));
        const attachmentsOf = groupByCase(live(attachments));
        const out: HistorySource[] = [];
        ids.forEach((id, i) => {
          const c = cases[i];
          if (!c || c.deleted) return;
          out.push({
            case: c,
            lifecycle: lifecycles[i] ?? null,
            actions: actionsOf.get(id) ?? [],
            eightDs: bundles.get(id) ?? [],
            attachments: attachmentsOf.get(id) ?? [],
          });
        });
        return out;
      });
    },
  };
}
