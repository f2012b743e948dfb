/**
 * The reads of the lifecycle repositories (contract: lifecycle-types.ts):
 * the case page's read model (getCaseFile), the lifecycle record, the return
 * lines of many cases (the ledger's export), the open actions of all cases,
 * and attachments with their bytes. They write nothing.
 */
import { caseFileFacts } from '../../shared/domain/lifecycle/case-file';
import { live } from '../../shared/domain/live-records';
import { caseDeadlinesWithEightD, caseReceivingTolerance, defaultLifecycle, lifecycleSettingsOf, lifecycleTables, loadView, rulesOf } from './lifecycle-projection';
import type { OpenActionItem } from './lifecycle-types';
import type { DeskDatabase } from './schema';
import { RecordNotFoundError, type Repositories, type WriteContext } from './types';

type LifecycleRepos = Pick<Repositories, 'lifecycle' | 'returns' | 'actions' | 'attachments'>;

export type LifecycleReads = {
  lifecycle: Pick<LifecycleRepos['lifecycle'], 'getCaseFile' | 'get'>;
  returns: Pick<LifecycleRepos['returns'], 'linesOfCases'>;
  actions: Pick<LifecycleRepos['actions'], 'listOpen'>;
  attachments: Pick<LifecycleRepos['attachments'], 'getBlob' | 'list'>;
};

export function createLifecycleReads(db: DeskDatabase, getContext: () => WriteContext): LifecycleReads {
  return {
    lifecycle: {
      async getCaseFile(caseId) {
        const ctx = getContext();
        const settings = lifecycleSettingsOf(ctx);
        return db.transaction('r', [db.cases, db.masterEntries, ...lifecycleTables(db)], async () => {
          const stored = await db.cases.get(caseId);
          if (!stored || stored.deleted) throw new RecordNotFoundError('case', caseId);
          const { liveReceivedAt: _l, projection: _p, ...c } = stored;
          const { view } = await loadView(db, c);
          const attachments = live(await db.attachments.where('caseId').equals(caseId).toArray()).sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
          return {
            case: c,
            lifecycle: view.lifecycle,
            view,
            attachments,
            transitions: view.transitions,
            approvals: view.approvals,
            deadlines: await caseDeadlinesWithEightD(db, c, view, settings),
            ...caseFileFacts(view, rulesOf(settings), await caseReceivingTolerance(db, c, settings)),
          };
        });
      },

      async get(caseId) {
        const c = await db.cases.get(caseId);
        if (!c || c.deleted) throw new RecordNotFoundError('case', caseId);
        return (await db.caseLifecycles.get(caseId)) ?? defaultLifecycle(c);
      },
    },
    returns: {
      async linesOfCases(caseIds) {
        const wanted = new Set(caseIds);
        // One pass over each table: an export asks for up to every case, and there are fewer lines than cases.
        return db.transaction('r', [db.returnLines, db.dispositions], async () => ({
          lines: (await db.returnLines.toArray()).filter((l) => !l.deleted && wanted.has(l.caseId)),
          dispositions: (await db.dispositions.toArray()).filter((d) => !d.deleted && wanted.has(d.caseId)),
        }));
      },
    },
    actions: {
      async listOpen(owner) {
        const wanted = owner?.trim();
        const open = (wanted ? await db.caseActions.where('owner').equals(wanted).toArray() : await db.caseActions.where('status').equals('open').toArray()).filter(
          (a) => !a.deleted && a.status === 'open',
        );
        const caseIds = [...new Set(open.map((a) => a.caseId))];
        const [cases, lifecycles] = await Promise.all([db.cases.bulkGet(caseIds), db.caseLifecycles.bulkGet(caseIds)]);
        const byId = new Map(caseIds.map((id, i) => [id, { c: cases[i], lc: lifecycles[i] }]));
        const items: OpenActionItem[] = [];
        for (const action of open) {
          const entry = byId.get(action.caseId);
          if (!entry?.c || entry.c.deleted || entry.lc?.state === 'closed') continue;
          items.push({ action, caseNumber: entry.c.caseNumber, customerName: entry.c.customerName });
        }
        return items.sort((a, b) => (a.action.dueDate !== b.action.dueDate ? (a.action.dueDate < b.action.dueDate ? -1 : 1) : a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0));
      },
    },
    attachments: {
      async getBlob(sha256) {
        const row = await db.blobs.get(sha256.toLowerCase());
        return row ? new Blob([row.data], { type: row.mimeType }) : undefined;
      },

      async list(caseId) {
        const rows = live(await db.attachments.where('caseId').equals(caseId).toArray());
        return rows.sort((a, b) => (a.addedAt !== b.addedAt ? (a.addedAt < b.addedAt ? -1 : 1) : a.id < b.id ? -1 : 1));
      },
    },
  };
}
