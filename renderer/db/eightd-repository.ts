/**
 * The 8D repository (contract: eightd-types.ts): reports attached to a case
 * and their child lists (team, containment, causes, corrective actions,
 * prevention, 举一反三 rows), approval (which freezes the revision), closure
 * and the signed re-open that raises the revision. Each write loads the report, performs
 * the command — a pure function of shared/domain/eightd/commands.ts, which
 * holds the rules (a frozen report refuses edits, D8 approval by a head of
 * quality …) — and saves what it returns through the lifecycle write path
 * (lifecycle-write.ts): one strict transaction, one op per record written (its changed fields)
 * under one HLC, a closed case refuses (CaseLockedError), and the case's
 * ledger projection is refreshed (it includes the 8D deadlines,
 * eightd-store.ts). Owns 8D numbering (meta serial:8d:<scope>, never reused);
 * replication binds the 8D entities in entity-registry.ts.
 */
import { proveSigner, signerOf } from './signing';
import { signingRoleOf } from '../../shared/domain/signatures/steps';
import {
  addChild,
  approveReport,
  CAUSE_SPEC,
  closeReport,
  CONTAINMENT_SPEC,
  CORRECTIVE_SPEC,
  MEMBER_SPEC,
  openReport,
  PREVENTION_SPEC,
  removeChild,
  removeReport,
  reopenReport,
  setContainmentReplied,
  setCorrectiveStatus,
  updateChild,
  updateReport,
  type ChildSpec,
  type EightDChildEntity,
} from '../../shared/domain/eightd/commands';
import { approvalMissing, closureMissing } from '../../shared/domain/eightd/guards';
import { HORIZONTAL_CHECK_SPEC, setCheckResult } from '../../shared/domain/eightd/horizontal-checks';
import { DEFAULT_EIGHTD_NUMBER_PATTERN, eightDNumberScope, formatEightDNumber, nextEightDSerial } from '../../shared/domain/eightd/numbering';
import { disciplineProgress } from '../../shared/domain/eightd/progress';
import { eightDDeadlines } from '../../shared/domain/eightd/deadlines';
import { eightDPhotoOwner, PHOTO_DISCIPLINES, type EightD, type EightDCause, type PhotoDiscipline } from '../../shared/domain/eightd/records';
import { markEightDStarted } from '../../shared/domain/lifecycle/commands/case-lifecycle';
import type { CaseRecords } from '../../shared/domain/lifecycle/commands/command';
import type { AttachmentRecord, CaseLifecycle } from '../../shared/domain/lifecycle/records';
import { numberingContext, splitScope, STATION_CODE } from '../../shared/domain/numbering';
import type { EightDFile, EightDRepository } from './eightd-types';
import { listOpenEightDs } from './eightd-open';
import { eightDTables, loadBundle, loadRevisions } from './eightd-store';
import { calendarOf, eightDSettingsOf, lifecycleSettingsOf } from './lifecycle-projection';
import { caseRecordTable, createLifecycleWriter, type WriteOptions, type WriteScope } from './lifecycle-write';
import type { OpsWriter } from './ops-writer';
import { metaEightDSerialKey, type DeskDatabase } from './schema';
import { NumberingNotConfiguredError, RecordNotFoundError, type WriteContext } from './types';


/**
 * The next 8D number — call inside the write transaction. 1 + the larger of
 * the highest serial this PC issued in the scope (meta, kept after a report
 * is removed) and the stored numbers of the scope (arrived from elsewhere).
 */
async function issueEightDNumber(db: DeskDatabase, ctx: WriteContext, nowMs: number): Promise<string> {
  if (!ctx.stationCode) throw new NumberingNotConfiguredError('stationCodeMissing', 'set the station code of this PC in the settings before opening 8D reports');
  if (!STATION_CODE.test(ctx.stationCode)) throw new NumberingNotConfiguredError('invalidStationCode', JSON.stringify(ctx.stationCode));
  const numbering = numberingContext(nowMs, ctx.stationCode);
  const scope = eightDNumberScope(numbering, DEFAULT_EIGHTD_NUMBER_PATTERN);
  const meta = await db.meta.get(metaEightDSerialKey(scope));
  const { before } = splitScope(scope);
  const stored = (await db.eightDs.where('number').startsWith(before).keys()).filter((k): k is string => typeof k === 'string');
  const serial = nextEightDSerial(scope, typeof meta?.value === 'number' ? meta.value : 0, stored);
  await db.meta.put({ key: metaEightDSerialKey(scope), value: serial });
  return formatEightDNumber(numbering, serial, DEFAULT_EIGHTD_NUMBER_PATTERN);
}

export type EightDRepositoryImpl = EightDRepository & {
  /** The case's "Start 8D" action: opens an 8D unless the case has a live one; returns the lifecycle (eightDStarted set). */
  start(caseId: string): Promise<CaseLifecycle>;
};

const liveOnly = <T extends { deleted: boolean }>(list: readonly T[]): T[] => list.filter((r) => !r.deleted);

export function createEightDRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): EightDRepositoryImpl {
  const write = createLifecycleWriter(db, writer, getContext);

  async function liveReport(reportId: string): Promise<EightD> {
    const report = await db.eightDs.get(reportId);
    if (!report || report.deleted) throw new RecordNotFoundError('eightD', reportId);
    return report;
  }

  const caseOfReport = (reportId: string) => async () => (await liveReport(reportId)).caseId;

  /** The live causes of a report, for a corrective action (its cause must be one). */
  async function causesFor(entity: EightDChildEntity, reportId: string): Promise<EightDCause[]> {
    return entity === 'eightDCorrective' ? liveOnly(await db.eightDCauses.where('reportId').equals(reportId).toArray()) : [];
  }

  /** Opens a report in the write: its number (storage's serial) first, then the command. */
  async function openIn(s: WriteScope, title: string): Promise<EightD> {
    const at = await s.at();
    const number = await issueEightDNumber(db, s.ctx, Date.parse(at));
    const facts = { number, containmentReplyHours: eightDSettingsOf(s.settings).containmentReplyHours, utcOffsetMinutes: calendarOf(s.settings).utcOffsetMinutes };
    return s.save(openReport(s.commandContext(at), title, facts));
  }

  /** A command on one report: load it, perform (with this write's time when `withTime`), save. */
  function onReport<R>(reportId: string, perform: (s: WriteScope, report: EightD, at: string) => Promise<R> | R, options: WriteOptions & { withTime?: boolean } = {}): Promise<R> {
    const { withTime = false, ...writeOptions } = options;
    return write(caseOfReport(reportId), async (s) => perform(s, await liveReport(reportId), withTime ? await s.at() : ''), writeOptions);
  }

  /** add / update / remove of one kind of child record, written once for every kind. */
  function childRepository<E extends EightDChildEntity, I extends object>(spec: ChildSpec<E>) {
    const table = () => caseRecordTable(db, spec.entity);
    async function liveChild(id: string): Promise<CaseRecords[E]> {
      const record = await table().get(id);
      if (!record || record.deleted) throw new RecordNotFoundError(spec.entity, id);
      return record;
    }
    const caseOfChild = (id: string) => async () => (await liveChild(id)).caseId;
    /** A command on child `id`: its report and the record loaded in the write. */
    const onChild = <R>(id: string, perform: (s: WriteScope, report: EightD, existing: CaseRecords[E]) => Promise<R>) =>
      write(caseOfChild(id), async (s) => {
        const existing = await liveChild(id);
        return perform(s, await liveReport(existing.reportId), existing);
      });
    return {
      add: (reportId: string, input: I): Promise<CaseRecords[E]> =>
        onReport(reportId, async (s, report) => s.save(addChild(spec, s.commandContext(), report, input, await causesFor(spec.entity, reportId)))),
      update: (id: string, patch: Partial<I>): Promise<CaseRecords[E]> =>
        onChild(id, async (s, report, existing) => s.save(updateChild(spec, s.commandContext(), report, existing, patch, undefined, await causesFor(spec.entity, report.id)))),
      remove: async (id: string): Promise<void> => {
        await onChild(id, (s, report, existing) => s.save(removeChild(spec, s.commandContext(), report, existing)));
      },
      onChild,
    };
  }

  const members = childRepository<'eightDMember', Parameters<EightDRepository['members']['add']>[1]>(MEMBER_SPEC);
  const containment = childRepository<'eightDContainment', Parameters<EightDRepository['containment']['add']>[1]>(CONTAINMENT_SPEC);
  const causes = childRepository<'eightDCause', Parameters<EightDRepository['causes']['add']>[1]>(CAUSE_SPEC);
  const correctives = childRepository<'eightDCorrective', Parameters<EightDRepository['correctives']['add']>[1]>(CORRECTIVE_SPEC);
  const prevention = childRepository<'eightDPrevention', Parameters<EightDRepository['prevention']['add']>[1]>(PREVENTION_SPEC);
  const checks = childRepository<'eightDHorizontalCheck', Parameters<EightDRepository['checks']['add']>[1]>(HORIZONTAL_CHECK_SPEC);

  /** Ids of the report's photos now (frozen with an approval). */
  async function photoIdsOf(report: EightD): Promise<string[]> {
    const owners = new Set(PHOTO_DISCIPLINES.map((d) => eightDPhotoOwner(report.id, d)));
    return (await db.attachments.where('caseId').equals(report.caseId).toArray()).filter((a) => !a.deleted && owners.has(a.ownerId)).map((a) => a.id);
  }

  const childApi = <T, I>(repo: { add(r: string, i: I): Promise<T>; update(id: string, p: Partial<I>): Promise<T>; remove(id: string): Promise<void> }) => ({
    add: (reportId: string, input: I) => repo.add(reportId, input),
    update: (id: string, patch: Partial<I>) => repo.update(id, patch),
    remove: (id: string) => repo.remove(id),
  });

  return {
    open(caseId, title = '') {
      return write(caseId, (s) => openIn(s, typeof title === 'string' ? title : ''));
    },

    start(caseId) {
      return write(caseId, async (s) => {
        const reports = liveOnly(await db.eightDs.where('caseId').equals(caseId).toArray());
        if (reports.length === 0) await openIn(s, '');
        else await s.save(markEightDStarted(s.commandContext()));
        return s.view.lifecycle;
      });
    },

    async listForCase(caseId) {
      const reports = liveOnly(await db.eightDs.where('caseId').equals(caseId).toArray());
      return reports.sort((a, b) => (a.openedAt !== b.openedAt ? (a.openedAt < b.openedAt ? 1 : -1) : a.number < b.number ? 1 : a.number > b.number ? -1 : 0));
    },

    listOpen: () => listOpenEightDs(db, getContext),

    async get(reportId) {
      const ctx = getContext();
      const settings = lifecycleSettingsOf(ctx);
      return db.transaction('r', [db.cases, db.attachments, db.clerks, ...eightDTables(db)], async (): Promise<EightDFile | undefined> => {
        const report = await db.eightDs.get(reportId);
        if (!report || report.deleted) return undefined;
        const signer = ctx.clerkId ? await signerOf(db, ctx.clerkId) : null;
        const c = await db.cases.get(report.caseId);
        if (!c || c.deleted) return undefined;
        const bundle = await loadBundle(db, report);
        const attachments = (await db.attachments.where('caseId').equals(report.caseId).toArray()).filter((a) => !a.deleted);
        const photos = {} as Record<PhotoDiscipline, AttachmentRecord[]>;
        for (const d of PHOTO_DISCIPLINES) {
          const owner = eightDPhotoOwner(report.id, d);
          photos[d] = attachments.filter((a) => a.ownerId === owner).sort((a, b) => (a.addedAt !== b.addedAt ? (a.addedAt < b.addedAt ? -1 : 1) : a.id < b.id ? -1 : 1));
        }
        return {
          bundle,
          caseNumber: c.caseNumber,
          progress: disciplineProgress(bundle),
          deadlines: eightDDeadlines(bundle, calendarOf(settings).utcOffsetMinutes),
          photos,
          approvalMissing: approvalMissing(bundle, signer !== null && signingRoleOf(signer.roles, 'approveEightD', { amountFen: null, matrix: settings.authorityMatrix }) !== null),
          closureMissing: closureMissing(report),
          revisions: await loadRevisions(db, report.id),
        };
      });
    },

    update: (reportId, patch, seen) => onReport(reportId, (s, report) => s.save(updateReport(s.commandContext(), report, patch, seen))),
    setContainmentReplied: (reportId, at) => onReport(reportId, (s, report) => s.save(setContainmentReplied(s.commandContext(), report, at))),

    members: childApi(members),
    containment: childApi(containment),
    causes: childApi(causes),
    correctives: {
      ...childApi(correctives),
      setStatus: (id, status, details = {}) => correctives.onChild(id, (s, report, existing) => s.save(setCorrectiveStatus(s.commandContext(), report, existing, status, details))),
    },
    prevention: childApi(prevention),
    checks: {
      ...childApi(checks),
      setResult: (id, input) =>
        checks.onChild(id, async (s, report, existing) => {
          const live = liveOnly(await db.eightDContainment.where('reportId').equals(report.id).toArray()).map((c) => c.id);
          return s.save(setCheckResult(s.commandContext(), report, existing, input, live));
        }),
    },

    async approve(reportId, comment, signing) {
      const signerId = await proveSigner(db, getContext(), signing);
      return onReport(
        reportId,
        async (s, report, at) => s.save(approveReport(s.commandContext(at), await loadBundle(db, report), comment, { meaning: signing.meaning }, await photoIdsOf(report))),
        { withTime: true, signerId },
      );
    },
    async close(reportId, signing) {
      const signerId = await proveSigner(db, getContext(), signing);
      return onReport(reportId, (s, report, at) => s.save(closeReport(s.commandContext(at), report, { meaning: signing.meaning })), { withTime: true, signerId });
    },
    async reopen(reportId, reason, signing) {
      const signerId = await proveSigner(db, getContext(), signing);
      return onReport(reportId, (s, report, at) => s.save(reopenReport(s.commandContext(at), report, reason, { meaning: signing.meaning })), { withTime: true, signerId });
    },

    async remove(reportId) {
      await onReport(reportId, async (s, report) => {
        const others = liveOnly(await db.eightDs.where('caseId').equals(report.caseId).toArray()).filter((r) => r.id !== reportId);
        await s.save(removeReport(s.commandContext(), report, others.length));
      });
    },
  };
}
