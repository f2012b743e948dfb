/**
 * The write path of a 台账 import (issue 18.2): what the clerk confirmed in
 * the wizard's dry run (shared/workbook/ledger-import/plan.ts) is stored in
 * chunked transactions, like importMany. New cases keep their original
 * number and are numbered in the month they were received; the ones the
 * ledger says are closed get their lifecycle written as closed on the
 * closing day (transition import_closed, no effect check due) in the same
 * write; planned updates are ordinary field edits (one op per field, so
 * they show in the change history). Everything is validated before the
 * first write; a case matched for update that was deleted meanwhile is
 * skipped and counted. An update that closes a case closes it the same way
 * when it is still registered (one in progress is left to the clerk). The
 * responsible departments a row names become the case's responsibility
 * shares, split equally (a new case; a stored one only while its current
 * round has none — responsibility the desk decided is not overwritten). Also
 * reads the stored cases as the plan matches them.
 */
import { INTAKE_FIELDS, type CaseField } from '../../shared/domain/case';
import { factoryDate, factoryDayStart } from '../../shared/domain/factory-calendar';
import { hasErrors } from '../../shared/domain/field-checks';
import { validateIntake } from '../../shared/domain/intakeValidation';
import { applyTransition } from '../../shared/domain/lifecycle/machine';
import type { ResponsibilityShare, TransitionRecord } from '../../shared/domain/lifecycle/records';
import { equalShares } from '../../shared/domain/lifecycle/responsibility';
import { ofRound } from '../../shared/domain/lifecycle/states';
import { departmentOfText } from '../../shared/workbook/ledger-import/choices';
import type { ExistingCase, ImportPlan, PlannedUpdate } from '../../shared/workbook/ledger-import/plan';
import type { ImportedCase } from '../../shared/workbook/ledger-import/rows';
import { asRecord, checkNumbering, chunkNumbers, cleanIntake, creationOps, DEFAULT_IMPORT_CHUNK, emptyView, newRecord, SerialAllocator, type ScopeMemo } from './cases-repository';
import { newId } from './ids';
import { lifecycleSettingsOf, lifecycleTables, loadView, projectionOf, refreshCaseProjections } from './lifecycle-projection';
import type { OpsWriter } from './ops-writer';
import { liveReceivedAtOf, type DeskDatabase, type StoredCase, type StoredOp } from './schema';
import type { Hlc } from '../../shared/sync/hlc';
import type { JsonValue } from '../../shared/sync/op';
import { ImportValidationError, type ImportOptions, type LedgerImportResult, type WriteContext } from './types';

/** The reason stored on an imported closure (case data, like a clerk's typed reason). */
export const IMPORT_CLOSED_REASON = '导入：原台账已结案';

/** The note on shares made from a 台账's responsible departments (case data, like a clerk's note). */
export const IMPORT_SHARES_NOTE = '导入：原台账责任部门，按部门平均分摊';

/** The hour of the closing day an imported closure is recorded at (factory time). */
const CLOSING_HOUR = 18;

/** What an update can write: intake fields (the lifecycle state and departments of a stored case are left as they are). */
const isIntakeField = (field: string): field is CaseField => (INTAKE_FIELDS as readonly string[]).includes(field);

/**
 * An update's change the import writes: an intake field, closing a case the
 * ledger says is closed, or responsible departments of a case that has none yet.
 */
const isWritable = (change: PlannedUpdate['changes'][number]): boolean =>
  isIntakeField(change.field) || (change.field === 'state' && change.to === 'closed') || (change.field === 'responsibleDepartments' && Array.isArray(change.from) && change.from.length === 0);

/**
 * The plan as it will be written: an update keeps only the changes the
 * import writes (isWritable; re-opening, the closing day of a case already
 * closed and departments other than a decided responsibility are not
 * written: listed in `notWritten` for the clerk); one left with none counts
 * as unchanged.
 */
export function writablePlan(plan: ImportPlan): ImportPlan {
  const updates: PlannedUpdate[] = [];
  const unchanged = [...plan.unchanged];
  const notWritten: NonNullable<ImportPlan['notWritten']> = [];
  for (const update of plan.updates) {
    const changes = update.changes.filter(isWritable);
    const left = update.changes.filter((c) => !isWritable(c)).map((c) => c.field);
    if (left.length) notWritten.push({ caseId: update.caseId, caseNumber: update.caseNumber, source: update.imported.source, fields: [...new Set(left)] });
    if (changes.length) updates.push({ ...update, changes });
    else unchanged.push({ caseId: update.caseId, source: update.imported.source });
  }
  return { ...plan, updates, unchanged, notWritten };
}

/** When an imported closed case closed: 18:00 factory time of its closing day (not before it was received), else when it was received. */
export function importedClosingAt(imported: ImportedCase): string {
  const received = Date.parse(imported.intake.receivedAt);
  const dayStart = imported.closedDate === null ? null : factoryDayStart(imported.closedDate);
  if (dayStart === null) return new Date(received).toISOString();
  return new Date(Math.max(received, dayStart + CLOSING_HOUR * 3_600_000)).toISOString();
}

/** The stored live cases as the plan matches them (original number, open/closed and the closing day from the projection). */
export async function existingCases(db: DeskDatabase): Promise<ExistingCase[]> {
  const stored = await db.cases.filter((c) => !c.deleted).toArray();
  return stored.map((c) => {
    const closedAt = c.projection?.state === 'closed' ? c.projection.closedAt : null;
    return {
      id: c.id,
      caseNumber: c.caseNumber,
      intake: cleanIntake(c),
      originalNumber: c.originalNumber ?? '',
      state: closedAt !== null ? 'closed' : 'open',
      closedDate: closedAt !== null ? factoryDate(Date.parse(closedAt)) : null,
      responsibleDepartments: [...new Set((c.projection?.shares ?? []).map((s) => s.department))].sort(),
    };
  });
}

/** The shares an imported case's responsible departments make (equal split), with their ops. */
function importedShares(writer: OpsWriter, ctx: WriteContext, stamp: Hlc, caseId: string, round: number, imported: ImportedCase): { shares: ResponsibilityShare[]; ops: StoredOp[] } {
  const split = equalShares(imported.responsibleDepartments.map((d) => departmentOfText(d.name)));
  const shares = split.map(({ department, percent }): ResponsibilityShare => ({ id: newId(stamp.wall), caseId, round, department, percent, supplierName: '', note: IMPORT_SHARES_NOTE, deleted: false }));
  return { shares, ops: shares.flatMap(({ id, ...fields }) => writer.build(ctx, stamp, 'responsibilityShare', id, fields)) };
}

/** A stored case's intake with the update's changed fields taken from the ledger. */
function mergedIntake(existing: StoredCase, update: PlannedUpdate) {
  const intake = cleanIntake(existing);
  const target = intake as unknown as Record<CaseField, unknown>;
  for (const change of update.changes) if (isIntakeField(change.field)) target[change.field] = update.imported.intake[change.field];
  if (update.imported.originalNumber !== '') intake.originalNumber = update.imported.originalNumber;
  return intake;
}

export function createLedgerImport(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext) {
  const tables = [db.cases, ...writer.tables, ...lifecycleTables(db)];

  /** Every update's merged intake is validated before anything is written (a deleted case is skipped later). */
  async function checkUpdates(updates: readonly PlannedUpdate[], now: Date): Promise<void> {
    const stored = await db.cases.bulkGet(updates.map((u) => u.caseId));
    const invalid: ImportValidationError['rows'] = [];
    updates.forEach((update, index) => {
      const existing = stored[index];
      if (!existing || existing.deleted) return;
      const intake = mergedIntake(existing, update);
      const errors = validateIntake(intake, now);
      if (errors.receivedAt === 'receivedInFuture' && intake.receivedAt === existing.receivedAt) delete errors.receivedAt;
      if (hasErrors(errors)) invalid.push({ index, fieldErrors: asRecord(errors) });
    });
    if (invalid.length) throw new ImportValidationError(invalid);
  }

  /** Closes a stored case the ledger says is closed, when it is still registered (import_closed, like a new one); true when written. */
  async function closeRegistered(existing: StoredCase, imported: ImportedCase, stamp: Hlc): Promise<boolean> {
    const { view, stored } = await loadView(db, existing);
    if (view.lifecycle.state !== 'registered') return false;
    const ctx = getContext();
    const closing = applyTransition(view, { action: 'import_closed', reason: IMPORT_CLOSED_REASON }, ctx.user, importedClosingAt(imported), newId(stamp.wall));
    if (!closing.ok) return false;
    const lifecycle = { ...view.lifecycle, state: 'closed' as const };
    const { id: transitionId, ...transitionFields } = closing.value;
    const ops = writer.build(ctx, stamp, 'transition', transitionId, transitionFields);
    if (stored) {
      await db.caseLifecycles.put(lifecycle);
      ops.push(...writer.build(ctx, stamp, 'caseLifecycle', lifecycle.id, { state: 'closed' }));
    } else {
      const { id, ...fields } = { ...lifecycle, createdAt: new Date(stamp.wall).toISOString(), createdBy: ctx.user };
      await db.caseLifecycles.add({ id, ...fields });
      ops.push(...writer.build(ctx, stamp, 'caseLifecycle', id, fields as unknown as Record<string, JsonValue>));
    }
    await db.transitions.add(closing.value);
    await writer.append(ops);
    return true;
  }

  /** Writes the row's departments as shares when the case's current round has none (after closeRegistered: the round is the same); true when written. */
  async function addSharesWhenUndecided(existing: StoredCase, imported: ImportedCase, stamp: Hlc): Promise<boolean> {
    const { view } = await loadView(db, existing);
    if (ofRound(view, view.shares).length > 0) return false;
    const made = importedShares(writer, getContext(), stamp, existing.id, view.lifecycle.round, imported);
    if (made.shares.length === 0) return false;
    await db.responsibilityShares.bulkAdd(made.shares);
    await writer.append(made.ops);
    return true;
  }

  return async function importLedger(plan: ImportPlan, options: ImportOptions = {}): Promise<LedgerImportResult> {
    const { chunkSize = DEFAULT_IMPORT_CHUNK, onProgress } = options;
    const ctx = getContext();
    const { now } = ctx;
    const nowDate = new Date(now());
    const { creates, updates } = writablePlan(plan);
    const clean = creates.map((c) => ({ ...c, intake: cleanIntake({ ...c.intake, originalNumber: c.originalNumber }) }));
    const invalid: ImportValidationError['rows'] = [];
    clean.forEach((c, index) => {
      const errors = validateIntake(c.intake, nowDate);
      if (hasErrors(errors)) invalid.push({ index, fieldErrors: asRecord(errors) });
    });
    if (invalid.length) throw new ImportValidationError(invalid);
    if (clean.length) checkNumbering(ctx);
    await checkUpdates(updates, nowDate);
    const settings = lifecycleSettingsOf(ctx);
    const size = Math.max(1, Math.floor(chunkSize));
    const total = clean.length + updates.length;
    const chunks = Math.ceil(clean.length / size) + Math.ceil(updates.length / size);
    let chunksDone = 0;
    let rowsWritten = 0;
    const result: LedgerImportResult = { created: 0, updated: 0, skipped: 0 };
    onProgress?.({ chunksDone, chunks, rowsWritten, total });
    const memo: ScopeMemo = new Map();

    for (let start = 0; start < clean.length; start += size) {
      const chunk = clean.slice(start, start + size);
      await db.transaction('rw', tables, async () => {
        const stamp = await writer.stamp(now);
        const at = new Date(stamp.wall).toISOString();
        const serials = new SerialAllocator(db);
        const numberOf = await chunkNumbers(serials, ctx, chunk.map((c) => c.intake.receivedAt), memo);
        const records: StoredCase[] = [];
        const ops: StoredOp[] = [];
        const closedLifecycles: Parameters<DeskDatabase['caseLifecycles']['add']>[0][] = [];
        const transitions: TransitionRecord[] = [];
        const shares: ResponsibilityShare[] = [];
        chunk.forEach((imported, i) => {
          const caseNumber = numberOf(i);
          const record = newRecord(ctx, imported.intake, caseNumber, at);
          const view = emptyView(record);
          for (const op of creationOps(writer, ctx, stamp, record)) ops.push(op);
          if (imported.state === 'closed') {
            const closing = applyTransition(view, { action: 'import_closed', reason: IMPORT_CLOSED_REASON }, ctx.user, importedClosingAt(imported), newId(stamp.wall));
            if (!closing.ok) throw new Error(`import_closed refused for ${caseNumber}`);
            const lifecycle = { ...view.lifecycle, state: 'closed' as const };
            const stored = { ...lifecycle, createdAt: at, createdBy: ctx.user };
            const { id: lifecycleId, ...lifecycleFields } = stored;
            const { id: transitionId, ...transitionFields } = closing.value;
            closedLifecycles.push(stored);
            transitions.push(closing.value);
            for (const op of writer.build(ctx, stamp, 'caseLifecycle', lifecycleId, lifecycleFields as unknown as Record<string, JsonValue>)) ops.push(op);
            for (const op of writer.build(ctx, stamp, 'transition', transitionId, transitionFields)) ops.push(op);
            view.lifecycle = lifecycle;
            view.transitions = [closing.value];
          }
          const made = importedShares(writer, ctx, stamp, record.id, view.lifecycle.round, imported);
          for (const op of made.ops) ops.push(op);
          shares.push(...made.shares);
          view.shares = made.shares;
          record.projection = projectionOf(record, view, settings);
          records.push(record);
        });
        await Promise.all([
          db.cases.bulkAdd(records),
          db.caseLifecycles.bulkAdd(closedLifecycles),
          db.transitions.bulkAdd(transitions),
          db.responsibilityShares.bulkAdd(shares),
          writer.append(ops, { newRecords: true }),
          serials.flush(),
        ]);
        serials.remember(memo);
      });
      result.created += chunk.length;
      rowsWritten += chunk.length;
      onProgress?.({ chunksDone: ++chunksDone, chunks, rowsWritten, total });
    }

    for (let start = 0; start < updates.length; start += size) {
      const chunk = updates.slice(start, start + size);
      const written = await db.transaction('rw', tables, async () => {
        const stored = await db.cases.bulkGet(chunk.map((u) => u.caseId));
        const stamp = await writer.stamp(now);
        const at = new Date(stamp.wall).toISOString();
        const moved: string[] = [];
        let count = 0;
        for (const [i, update] of chunk.entries()) {
          const existing = stored[i];
          if (!existing || existing.deleted) continue; // deleted since the dry run: skipped
          const before = cleanIntake(existing);
          const intake = mergedIntake(existing, update);
          const changed: Record<string, JsonValue> = {};
          for (const field of INTAKE_FIELDS) if (JSON.stringify(before[field]) !== JSON.stringify(intake[field])) changed[field] = intake[field];
          count++;
          if (update.changes.some((c) => c.field === 'state') && (await closeRegistered(existing, update.imported, stamp))) moved.push(existing.id);
          if (update.changes.some((c) => c.field === 'responsibleDepartments') && (await addSharesWhenUndecided(existing, update.imported, stamp))) moved.push(existing.id);
          if (Object.keys(changed).length === 0) continue;
          await db.cases.put({ ...existing, ...intake, updatedAt: at, updatedBy: ctx.user, liveReceivedAt: liveReceivedAtOf(intake.receivedAt) });
          await writer.append(writer.build(ctx, stamp, 'case', existing.id, changed));
          if ('receivedAt' in changed || 'market' in changed) moved.push(existing.id);
        }
        if (moved.length) await refreshCaseProjections(db, moved, ctx);
        return count;
      });
      result.updated += written;
      result.skipped += chunk.length - written;
      rowsWritten += chunk.length;
      onProgress?.({ chunksDone: ++chunksDone, chunks, rowsWritten, total });
    }
    return result;
  };
}
