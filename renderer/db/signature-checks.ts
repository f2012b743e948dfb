/**
 * Signature checks in storage (issue 16.5): owns loading what the check
 * needs — the clerk and office settings ops (the verified directory,
 * shared/domain/signatures/directory.ts) and the op of each signature — and
 * keeping the local table `unverifiedSignatures` (one row per signature this
 * PC could not verify; never replicated), so the workbench lists them without
 * verifying every case. The rules are the domain module's; nothing here
 * trusts a record or an op from the share, and nothing throws on one.
 *
 * Kept up to date by:
 *  - the merge hook (entity-registry.ts MERGE_HOOKS): the signatures merged
 *    in a batch, and all stored signatures when the batch brought clerk or
 *    office settings records (a grant, a deactivation or a matrix may change
 *    the verdict of any signature, in both directions);
 *  - a change-feed listener (watchLocalSignatures) for the signatures written
 *    on this PC: a clerk may sign on a stale directory too.
 * The case page verifies its case's signatures afresh (ofCase); a reprint
 * from an archive file verifies the file's (verifiedInArchive), read-only.
 */
import Dexie from 'dexie';
import { buildDirectoryTimeline, verifySignature, type DirectoryTimeline, type SignatureCheck } from '../../shared/domain/signatures/directory';
import { isClerkRole } from '../../shared/domain/clerks/roles';
import { isSignedStep } from '../../shared/domain/signatures/steps';
import { OFFICE_SETTINGS_ID } from '../../shared/domain/office-settings';
import { DELEGATION_ID_PREFIX } from '../../shared/domain/clerks/delegation';
import type { ChangeSet } from './change-feed';
import type { MergeHook } from './entity-binding';
import type { DeskDatabase, StoredOp, UnverifiedSignature } from './schema';
import type { CheckedSignature, SignatureChecksRepository, UnverifiedCase } from './signature-check-types';

/** Above this many signatures, their ops are read in one range scan instead of one query each. */
const SCAN_ABOVE = 100;

const signatureRange = (db: DeskDatabase) => db.ops.where('[entity+entityId]').between(['signature', Dexie.minKey], ['signature', Dexie.maxKey], true, true);

/** The verified directory timeline from this PC's clerk and office settings ops (local and merged). */
export async function loadDirectoryTimeline(db: DeskDatabase): Promise<DirectoryTimeline> {
  const [clerkOps, officeOps, delegationOps] = await Promise.all([
    db.ops.where('[entity+entityId]').between(['clerk', Dexie.minKey], ['clerk', Dexie.maxKey], true, true).toArray(),
    db.ops.where('[entity+entityId]').equals(['officeSettings', OFFICE_SETTINGS_ID]).toArray(),
    // Delegations (委托授权): a signature on someone's authority is checked against them.
    db.ops.where('[entity+entityId]').between(['officeSettings', DELEGATION_ID_PREFIX], ['officeSettings', DELEGATION_ID_PREFIX + '\uffff'], true, true).toArray(),
  ]);
  return buildDirectoryTimeline([...clerkOps, ...officeOps, ...delegationOps]);
}

/** The ops of the given signature ids (all of them when `ids` is 'all'), by entity id. */
async function signatureOps(db: DeskDatabase, ids: readonly string[] | 'all'): Promise<Map<string, StoredOp[]>> {
  let ops: StoredOp[];
  if (ids === 'all' || ids.length > SCAN_ABOVE) {
    const wanted = ids === 'all' ? null : new Set(ids);
    ops = (await signatureRange(db).toArray()).filter((op) => !wanted || wanted.has(op.entityId));
  } else {
    // equals() per record: anyOf() on a compound index walks the whole index.
    ops = (await Promise.all(ids.map((id) => db.ops.where('[entity+entityId]').equals(['signature', id]).toArray()))).flat();
  }
  const byId = new Map<string, StoredOp[]>();
  for (const op of ops) {
    const list = byId.get(op.entityId);
    if (list) list.push(op);
    else byId.set(op.entityId, [op]);
  }
  return byId;
}

const idOf = (record: unknown): string | null => {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
};
const textOf = (record: unknown, key: string): string => {
  const value = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : '';
};

/** Checks stored signature records (as stored: untrusted) against the timeline. */
async function check(db: DeskDatabase, records: readonly unknown[], timeline: DirectoryTimeline, all = false): Promise<Map<string, SignatureCheck>> {
  const ids = records.map(idOf).filter((id): id is string => id !== null);
  const ops = await signatureOps(db, all ? 'all' : ids);
  const out = new Map<string, SignatureCheck>();
  for (const record of records) {
    const id = idOf(record);
    if (id !== null) out.set(id, verifySignature(record, ops.get(id) ?? [], timeline));
  }
  return out;
}

/** Stores the verdicts: a row for each unverified signature, none for a verified one. */
async function record(db: DeskDatabase, records: readonly unknown[], checks: ReadonlyMap<string, SignatureCheck>, replaceAll: boolean): Promise<void> {
  const rows: UnverifiedSignature[] = [];
  const verified: string[] = [];
  for (const r of records) {
    const id = idOf(r);
    const c = id === null ? undefined : checks.get(id);
    if (!c || id === null) continue;
    if (c.status === 'verified') verified.push(id);
    else rows.push({ id, caseId: textOf(r, 'caseId'), reason: c.reason });
  }
  // Rows of signatures now verified (or gone) are deleted by key: a clear() would not reach the change feed.
  const keep = new Set(rows.map((r) => r.id));
  const stale = replaceAll ? (await db.unverifiedSignatures.toCollection().primaryKeys()).filter((id) => !keep.has(id)) : verified;
  if (stale.length) await db.unverifiedSignatures.bulkDelete(stale);
  // Only rows that change are written: pages re-read on every write the change feed announces.
  const before = await db.unverifiedSignatures.bulkGet(rows.map((r) => r.id));
  const changed = rows.filter((r, i) => before[i]?.reason !== r.reason || before[i]?.caseId !== r.caseId);
  if (changed.length) await db.unverifiedSignatures.bulkPut(changed);
}

/**
 * Re-checks signatures and stores the verdicts, in one rw transaction (or the
 * caller's, which must include ops, signatures and unverifiedSignatures):
 * the given ids, or every stored signature ('all').
 */
export async function recheckSignatures(db: DeskDatabase, ids: readonly string[] | 'all'): Promise<void> {
  await db.transaction('rw', [db.ops, db.signatures, db.unverifiedSignatures], async () => {
    if (ids !== 'all' && ids.length === 0) return;
    const records: unknown[] = ids === 'all' ? await db.signatures.toArray() : (await db.signatures.bulkGet([...ids])).filter((r) => r !== undefined);
    const timeline = await loadDirectoryTimeline(db);
    await record(db, records, await check(db, records, timeline, ids === 'all' || ids.length > SCAN_ABOVE), ids === 'all');
  });
}

/** After a merged batch: its signatures, or all of them when it brought clerk or office settings records. */
export const checkSignaturesAfterMerge: MergeHook = async (db, merged) => {
  let directory = false;
  const ids: string[] = [];
  for (const m of merged) {
    if (m.entity === 'clerk' || m.entity === 'officeSettings') directory = true;
    else if (m.entity === 'signature') ids.push(m.entityId);
  }
  if (directory) await recheckSignatures(db, 'all');
  else if (ids.length) await recheckSignatures(db, ids);
};

/** Above this many changed ids, the listener looks for signatures in the outbox instead (a merge: its hook checked those). */
const LOOKUP_ABOVE = 200;

/**
 * Checks the signatures written on this PC after each committed write of
 * the signatures table. A clerk's write touches a few ids: the signatures
 * among them are checked. A merge of many (its hook checked them already)
 * is not looked up id by id: only the signatures still in this PC's outbox
 * are checked then (a local signing write announced together with a merge).
 * Returns the unsubscribe function and `idle()`, which resolves when the
 * checks of the writes committed so far are stored.
 */
export function watchLocalSignatures(db: DeskDatabase): { stop: () => void; idle: () => Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const stop = db.changes.subscribe((changes: ChangeSet) => {
    if (!changes.tables.has('signatures')) return;
    const ids = changes.ids.size <= LOOKUP_ABOVE ? [...changes.ids] : null;
    running = running
      .then(async () => {
        const written = ids
          ? (await db.signatures.bulkGet(ids)).map(idOf).filter((id): id is string => id !== null)
          : [...new Set((await db.ops.where('published').equals(0).toArray()).filter((op) => op.entity === 'signature').map((op) => op.entityId))];
        await recheckSignatures(db, written);
      })
      .catch((error: unknown) => console.error('Could not check the signatures just written', error));
  });
  return { stop, idle: () => db.changes.published().then(() => running) };
}

const byOrder = (a: CheckedSignature, b: CheckedSignature) => ((a.at ?? '') < (b.at ?? '') ? -1 : (a.at ?? '') > (b.at ?? '') ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The repository; it watches this PC's signature writes from its creation (watchLocalSignatures). */
export function createSignatureChecksRepository(db: DeskDatabase): SignatureChecksRepository {
  const watch = watchLocalSignatures(db);
  return {
    settled: () => watch.idle(),

    async ofCase(caseId) {
      return db.transaction('r', [db.ops, db.signatures], async () => {
        const records: unknown[] = await db.signatures.where('caseId').equals(caseId).toArray();
        const checks = await check(db, records, await loadDirectoryTimeline(db));
        const out: CheckedSignature[] = [];
        for (const r of records) {
          const id = idOf(r);
          if (id === null) continue;
          const role = (r as Record<string, unknown>).role;
          const step = (r as Record<string, unknown>).step;
          const at = textOf(r, 'at');
          out.push({ id, clerkName: textOf(r, 'clerkName'), role: isClerkRole(role) ? role : null, step: isSignedStep(step) ? step : null, at: at === '' ? null : at, meaning: textOf(r, 'meaning'), onBehalfOfName: textOf(r, 'onBehalfOfName'), check: checks.get(id)! });
        }
        return out.sort(byOrder);
      });
    },

    async verifiedInArchive(signatures, ops) {
      const timeline = await db.transaction('r', [db.ops], () => loadDirectoryTimeline(db));
      const opsOf = new Map<string, unknown[]>();
      for (const op of ops) {
        const o = op as { entity?: unknown; entityId?: unknown };
        if (o.entity !== 'signature' || typeof o.entityId !== 'string') continue;
        opsOf.set(o.entityId, [...(opsOf.get(o.entityId) ?? []), op]);
      }
      const verified = new Set<string>();
      for (const record of signatures) {
        const id = idOf(record);
        if (id !== null && verifySignature(record, opsOf.get(id) ?? [], timeline).status === 'verified') verified.add(id);
      }
      return verified;
    },

    async unverifiedCases() {
      return db.transaction('r', [db.unverifiedSignatures, db.cases], async () => {
        const byCase = new Map<string, UnverifiedSignature[]>();
        for (const row of await db.unverifiedSignatures.toArray()) {
          const list = byCase.get(row.caseId);
          if (list) list.push(row);
          else byCase.set(row.caseId, [row]);
        }
        const caseIds = [...byCase.keys()].filter((id) => id !== '');
        const cases = await db.cases.bulkGet(caseIds);
        const out: UnverifiedCase[] = [];
        caseIds.forEach((caseId, i) => {
          const c = cases[i];
          if (!c || c.deleted) return;
          const rows = byCase.get(caseId)!;
          out.push({ caseId, caseNumber: c.caseNumber, customerName: c.customerName, count: rows.length, reasons: [...new Set(rows.map((r) => r.reason))] });
        });
        return out.sort((a, b) => (a.caseNumber < b.caseNumber ? 1 : a.caseNumber > b.caseNumber ? -1 : 0));
      });
    },
  };
}
