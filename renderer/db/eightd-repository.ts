/**
 * The 8D repository (contract: eightd-types.ts): reports attached to a case
 * and their child lists (team, containment, causes, corrective actions,
 * prevention), approval and closure. Owns 8D numbering (meta
 * serial:8d:<scope>, never reused) and binds the 8D entities for
 * replication. Every write goes through the lifecycle write path
 * (lifecycle-write.ts): one strict transaction, validation before the first
 * write (ValidationFailedError, nothing written), one op per changed field
 * under one HLC, a closed case refuses (CaseLockedError), and the case's
 * ledger projection is refreshed — it includes the 8D deadlines
 * (eightd-store.ts). The rules are the pure functions of shared/domain/eightd.
 *
 * An approved or closed report is frozen (ValidationFailedError
 * report: 'reportApproved' | 'reportClosed'): approval is of what was
 * approved; reopen() clears approval and closure (the ops keep the history).
 * After approval only D8's teamRecognition and closureDueDate may change.
 */
import { newId } from './ids';
import { approvalMissing, closureMissing, editRefusal } from '../../shared/domain/eightd/guards';
import { DEFAULT_EIGHTD_NUMBER_PATTERN, eightDNumberScope, formatEightDNumber, nextEightDSerial } from '../../shared/domain/eightd/numbering';
import { disciplineProgress } from '../../shared/domain/eightd/progress';
import { eightDDeadlines } from '../../shared/domain/eightd/deadlines';
import {
  eightDPhotoOwner,
  PHOTO_DISCIPLINES,
  type EightD,
  type EightDCause,
  type EightDContainment,
  type EightDCorrective,
  type EightDMember,
  type EightDPrevention,
  type PhotoDiscipline,
} from '../../shared/domain/eightd/records';
import {
  cleanWhys,
  MAX_LONG_TEXT,
  validateCause,
  validateContainment,
  validateCorrective,
  validateMember,
  validatePrevention,
  validateReportFields,
} from '../../shared/domain/eightd/validation';
import { isMoment, type FieldErrors } from '../../shared/domain/field-checks';
import type { AttachmentRecord, CaseLifecycle } from '../../shared/domain/lifecycle/records';
import { toFactoryIso } from '../../shared/domain/factory-calendar';
import { numberingContext, splitScope, STATION_CODE } from '../../shared/domain/numbering';
import type { EntityName } from '../../shared/sync/op';
import type { Table } from 'dexie';
import { EightDRefusedError, type EightDFile, type EightDPatch, type EightDRepository } from './eightd-types';
import { listOpenEightDs } from './eightd-open';
import { EIGHTD_ENTITY_TABLES, eightDTables, loadBundle } from './eightd-store';
import { registerEntity } from './entity-registry';
import { calendarOf, eightDSettingsOf, lifecycleSettingsOf } from './lifecycle-projection';
import { check, createLifecycleWriter, type WriteScope } from './lifecycle-write';
import type { OpsWriter } from './ops-writer';
import { metaEightDSerialKey, type DeskDatabase } from './schema';
import { NumberingNotConfiguredError, RecordNotFoundError, type Seen, type WriteContext } from './types';

registerEntity('eightD', { table: EIGHTD_ENTITY_TABLES.eightD });
registerEntity('eightDMember', { table: EIGHTD_ENTITY_TABLES.eightDMember });
registerEntity('eightDContainment', { table: EIGHTD_ENTITY_TABLES.eightDContainment });
registerEntity('eightDCause', { table: EIGHTD_ENTITY_TABLES.eightDCause });
registerEntity('eightDCorrective', { table: EIGHTD_ENTITY_TABLES.eightDCorrective });
registerEntity('eightDPrevention', { table: EIGHTD_ENTITY_TABLES.eightDPrevention });
// The merge hook that refreshes the case projection after merged 8D ops is lifecycle-sync.ts's (it counts the 8D entities).

const PATCH_KEYS = [
  'title',
  'customerDescription',
  'what',
  'where',
  'when',
  'who',
  'why',
  'how',
  'howMany',
  'affectedLots',
  'affectedDateCodes',
  'occurrence',
  'occurrenceRootCause',
  'escapeRootCause',
  'rootCauseDueDate',
  'correctiveDueDate',
  'closureDueDate',
  'teamRecognition',
] as const satisfies readonly (keyof EightDPatch)[];
/** What may still change once the report is approved (D8 itself). */
const AFTER_APPROVAL_KEYS = new Set<string>(['teamRecognition', 'closureDueDate']);

const MEMBER_KEYS = ['name', 'role', 'department', 'organisation', 'responsibility', 'contact'] as const;
const CONTAINMENT_KEYS = ['description', 'location', 'owner', 'startedOn', 'finishedOn', 'quantityInspected', 'quantityDefective', 'result'] as const;
const CAUSE_KEYS = ['analysis', 'category', 'description', 'whys', 'isRootCause', 'verification'] as const;
const CORRECTIVE_KEYS = ['causeId', 'description', 'owner', 'dueDate'] as const;
const PREVENTION_KEYS = ['kind', 'description', 'documentRef', 'owner', 'dueDate', 'done'] as const;

/** Only the listed keys that are present (never id, reportId, caseId, deleted from the caller). */
function pick<T extends object, K extends string>(source: T, keys: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) if (key in source && (source as Record<string, unknown>)[key] !== undefined) out[key] = (source as Record<string, unknown>)[key];
  return out;
}

const trimmed = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : v);

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

type Child = { id: string; reportId: string; caseId: string; deleted: boolean };

interface ChildSpec<T extends Child> {
  entity: EntityName;
  table: (db: DeskDatabase) => Table<T, string>;
  keys: readonly string[];
  /** Field values of a new record before the input is applied. */
  defaults: () => Partial<T>;
  /** Cleans the fields (trim names …) after validation passed. */
  clean: (record: T) => T;
  validate: (record: T) => FieldErrors;
}

export type EightDRepositoryImpl = EightDRepository & {
  /** The case's "Start 8D" action: opens an 8D unless the case has a live one; returns the lifecycle (eightDStarted set). */
  start(caseId: string): Promise<CaseLifecycle>;
};

export function createEightDRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): EightDRepositoryImpl {
  const write = createLifecycleWriter(db, writer, getContext);

  async function liveReport(reportId: string): Promise<EightD> {
    const report = await db.eightDs.get(reportId);
    if (!report || report.deleted) throw new RecordNotFoundError('eightD', reportId);
    return report;
  }

  const caseOfReport = (reportId: string) => async () => (await liveReport(reportId)).caseId;

  /** Refuses content changes of an approved/closed report (module comment). */
  function assertEditable(report: EightD, fields: readonly string[] = []): void {
    const refusal = editRefusal(report);
    if (refusal === null) return;
    if (refusal === 'reportApproved' && fields.length > 0 && fields.every((f) => AFTER_APPROVAL_KEYS.has(f))) return;
    check({ report: refusal });
  }

  async function openIn(s: WriteScope, title: string): Promise<EightD> {
    check(validateReportFields({ title }));
    const wall = (await s.stamp()).wall;
    const number = await issueEightDNumber(db, s.ctx, wall);
    const hours = eightDSettingsOf(s.settings).containmentReplyHours;
    const offset = calendarOf(s.settings).utcOffsetMinutes;
    const report: EightD = {
      id: newId(wall),
      caseId: s.caseRecord.id,
      number,
      title: title.trim(),
      openedAt: await s.at(),
      openedBy: s.ctx.user,
      customerDescription: '',
      what: '',
      where: '',
      when: '',
      who: '',
      why: '',
      how: '',
      howMany: '',
      affectedLots: '',
      affectedDateCodes: '',
      occurrence: '',
      containmentDueAt: toFactoryIso(wall + hours * 3_600_000, offset),
      containmentRepliedAt: null,
      occurrenceRootCause: '',
      escapeRootCause: '',
      rootCauseDueDate: '',
      correctiveDueDate: '',
      closureDueDate: '',
      approvedBy: '',
      approvedAt: null,
      approvalComment: '',
      teamRecognition: '',
      closedAt: null,
      closedBy: '',
      deleted: false,
    };
    await s.create('eightD', db.eightDs, report);
    await s.setLifecycle({ eightDStarted: true });
    return report;
  }

  function childRepository<T extends Child, I extends object>(spec: ChildSpec<T>) {
    const caseOfChild = (id: string) => async () => {
      const record = await spec.table(db).get(id);
      if (!record || record.deleted) throw new RecordNotFoundError(spec.entity, id);
      return record.caseId;
    };
    async function liveChild(id: string): Promise<T> {
      const record = await spec.table(db).get(id);
      if (!record || record.deleted) throw new RecordNotFoundError(spec.entity, id);
      return record;
    }
    return {
      add(reportId: string, input: I): Promise<T> {
        return write(caseOfReport(reportId), async (s) => {
          const report = await liveReport(reportId);
          assertEditable(report);
          const draft = { ...spec.defaults(), ...pick(input, spec.keys), id: '', reportId, caseId: report.caseId, deleted: false } as T;
          check(spec.validate(draft));
          const record = spec.clean({ ...draft, id: newId((await s.stamp()).wall) });
          return s.create(spec.entity, spec.table(db), record);
        });
      },
      update(id: string, patch: Partial<I>, seen?: Seen): Promise<T> {
        return write(caseOfChild(id), async (s) => {
          const existing = await liveChild(id);
          assertEditable(await liveReport(existing.reportId));
          const next = { ...existing, ...pick(patch, spec.keys) } as T;
          check(spec.validate(next));
          return s.change(spec.entity, spec.table(db), existing, spec.clean(next), seen);
        });
      },
      async remove(id: string): Promise<void> {
        await write(caseOfChild(id), async (s) => {
          const existing = await liveChild(id);
          assertEditable(await liveReport(existing.reportId));
          await s.change(spec.entity, spec.table(db), existing, { ...existing, deleted: true });
        });
      },
      liveChild,
      caseOfChild,
    };
  }

  const members = childRepository<EightDMember, Parameters<EightDRepository['members']['add']>[1]>({
    entity: 'eightDMember',
    table: (d) => d.eightDMembers,
    keys: MEMBER_KEYS,
    defaults: () => ({ role: 'member', organisation: 'internal', department: '', responsibility: '', contact: '' }),
    clean: (r) => ({ ...r, name: trimmed(r.name) as string, department: trimmed(r.department) as string, contact: trimmed(r.contact) as string }),
    validate: (r) => validateMember(r),
  });

  const containment = childRepository<EightDContainment, Parameters<EightDRepository['containment']['add']>[1]>({
    entity: 'eightDContainment',
    table: (d) => d.eightDContainment,
    keys: CONTAINMENT_KEYS,
    defaults: () => ({ location: 'finished_goods', owner: '', startedOn: '', finishedOn: '', result: '' }),
    clean: (r) => ({ ...r, owner: trimmed(r.owner) as string }),
    validate: (r) => validateContainment(r),
  });

  const causes = childRepository<EightDCause, Parameters<EightDRepository['causes']['add']>[1]>({
    entity: 'eightDCause',
    table: (d) => d.eightDCauses,
    keys: CAUSE_KEYS,
    defaults: () => ({ whys: [], isRootCause: false, verification: '' }),
    clean: (r) => ({ ...r, whys: cleanWhys(r.whys) }),
    validate: (r) => validateCause(r),
  });

  const correctiveSpec: ChildSpec<EightDCorrective> = {
    entity: 'eightDCorrective',
    table: (d) => d.eightDCorrectives,
    keys: CORRECTIVE_KEYS,
    defaults: () => ({ causeId: '', status: 'planned', implementedOn: '', verificationResult: '', verifiedBy: '', verifiedOn: '' }),
    clean: (r) => ({ ...r, owner: trimmed(r.owner) as string, verifiedBy: trimmed(r.verifiedBy) as string }),
    validate: (r) => validateCorrective(r),
  };
  const correctivesBase = childRepository<EightDCorrective, Parameters<EightDRepository['correctives']['add']>[1]>(correctiveSpec);

  /** The cause a corrective action addresses must be a live cause of the same report ('' = all causes). */
  async function checkCause(reportId: string, causeId: unknown): Promise<void> {
    if (typeof causeId !== 'string' || causeId === '') return;
    const cause = await db.eightDCauses.get(causeId);
    if (!cause || cause.deleted || cause.reportId !== reportId) check({ causeId: 'notFound' });
  }

  const correctives: EightDRepository['correctives'] = {
    add(reportId, input) {
      // Status fields never come from add(): a new action is planned.
      const clean = pick(input, CORRECTIVE_KEYS) as Parameters<EightDRepository['correctives']['add']>[1];
      return write(caseOfReport(reportId), async (s) => {
        const report = await liveReport(reportId);
        assertEditable(report);
        await checkCause(reportId, clean.causeId);
        const draft: EightDCorrective = { ...(correctiveSpec.defaults() as EightDCorrective), ...clean, id: '', reportId, caseId: report.caseId, deleted: false };
        check(validateCorrective(draft));
        return s.create('eightDCorrective', db.eightDCorrectives, correctiveSpec.clean({ ...draft, id: newId((await s.stamp()).wall) }));
      });
    },
    update(id, patch, seen) {
      return write(correctivesBase.caseOfChild(id), async (s) => {
        const existing = await correctivesBase.liveChild(id);
        assertEditable(await liveReport(existing.reportId));
        const picked = pick(patch, CORRECTIVE_KEYS) as Partial<EightDCorrective>;
        if ('causeId' in picked) await checkCause(existing.reportId, picked.causeId);
        const next: EightDCorrective = { ...existing, ...picked };
        check(validateCorrective(next));
        return s.change('eightDCorrective', db.eightDCorrectives, existing, correctiveSpec.clean(next), seen);
      });
    },
    remove: (id) => correctivesBase.remove(id),
    setStatus(id, status, details = {}) {
      return write(correctivesBase.caseOfChild(id), async (s) => {
        const existing = await correctivesBase.liveChild(id);
        assertEditable(await liveReport(existing.reportId));
        const given = pick(details, ['implementedOn', 'verificationResult', 'verifiedBy', 'verifiedOn'] as const) as Partial<EightDCorrective>;
        let next: EightDCorrective;
        if (status === 'planned') next = { ...existing, status, implementedOn: '', verificationResult: '', verifiedBy: '', verifiedOn: '' };
        else if (status === 'implemented') next = { ...existing, status, implementedOn: given.implementedOn ?? existing.implementedOn, verificationResult: '', verifiedBy: '', verifiedOn: '' };
        else if (status === 'verified') next = { ...existing, ...given, status };
        else return check({ status: 'invalid' }) as never;
        check(validateCorrective(next));
        return s.change('eightDCorrective', db.eightDCorrectives, existing, correctiveSpec.clean(next));
      });
    },
  };

  const prevention = childRepository<EightDPrevention, Parameters<EightDRepository['prevention']['add']>[1]>({
    entity: 'eightDPrevention',
    table: (d) => d.eightDPrevention,
    keys: PREVENTION_KEYS,
    defaults: () => ({ kind: 'other', documentRef: '', owner: '', dueDate: '', done: false }),
    clean: (r) => ({ ...r, owner: trimmed(r.owner) as string, documentRef: trimmed(r.documentRef) as string }),
    validate: (r) => validatePrevention(r),
  });

  const childApi = <T extends Child, I>(repo: { add(r: string, i: I): Promise<T>; update(id: string, p: Partial<I>): Promise<T>; remove(id: string): Promise<void> }) => ({
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
        const reports = (await db.eightDs.where('caseId').equals(caseId).toArray()).filter((r) => !r.deleted);
        if (reports.length === 0) await openIn(s, '');
        else await s.setLifecycle({ eightDStarted: true });
        return s.view.lifecycle;
      });
    },

    async listForCase(caseId) {
      const reports = (await db.eightDs.where('caseId').equals(caseId).toArray()).filter((r) => !r.deleted);
      return reports.sort((a, b) => (a.openedAt !== b.openedAt ? (a.openedAt < b.openedAt ? 1 : -1) : a.number < b.number ? 1 : a.number > b.number ? -1 : 0));
    },

    listOpen: () => listOpenEightDs(db, getContext),

    async get(reportId) {
      const ctx = getContext();
      const settings = lifecycleSettingsOf(ctx);
      return db.transaction('r', [db.cases, db.attachments, ...eightDTables(db)], async (): Promise<EightDFile | undefined> => {
        const report = await db.eightDs.get(reportId);
        if (!report || report.deleted) return undefined;
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
          approvalMissing: approvalMissing(bundle, ctx.user, eightDSettingsOf(settings).qualityHeads),
          closureMissing: closureMissing(report),
        };
      });
    },

    update(reportId, patch, seen) {
      return write(caseOfReport(reportId), async (s) => {
        const existing = await liveReport(reportId);
        const picked = pick(patch, PATCH_KEYS) as Partial<EightD>;
        check(validateReportFields(picked));
        const changed = Object.keys(picked).filter((k) => picked[k as keyof EightD] !== existing[k as keyof EightD]);
        if (changed.length === 0) return existing;
        assertEditable(existing, changed);
        const next: EightD = { ...existing, ...picked };
        if (typeof picked.title === 'string') next.title = picked.title.trim();
        return s.change('eightD', db.eightDs, existing, next, seen);
      });
    },

    setContainmentReplied(reportId, at) {
      return write(caseOfReport(reportId), async (s) => {
        const existing = await liveReport(reportId);
        if (at !== null && !isMoment(at)) check({ containmentRepliedAt: 'invalid' });
        assertEditable(existing);
        return s.change('eightD', db.eightDs, existing, { ...existing, containmentRepliedAt: at });
      });
    },

    members: childApi(members),
    containment: childApi(containment),
    causes: childApi(causes),
    correctives,
    prevention: childApi(prevention),

    approve(reportId, comment) {
      return write(caseOfReport(reportId), async (s) => {
        const existing = await liveReport(reportId);
        const text = typeof comment === 'string' ? comment.trim() : '';
        if (text.length > MAX_LONG_TEXT) check({ approvalComment: 'tooLong' });
        const bundle = await loadBundle(db, existing);
        const missing = approvalMissing(bundle, s.ctx.user, eightDSettingsOf(s.settings).qualityHeads);
        if (missing.length > 0) throw new EightDRefusedError('approve', missing);
        return s.change('eightD', db.eightDs, existing, { ...existing, approvedBy: s.ctx.user.trim(), approvedAt: await s.at(), approvalComment: text });
      });
    },

    close(reportId) {
      return write(caseOfReport(reportId), async (s) => {
        const existing = await liveReport(reportId);
        const missing = closureMissing(existing);
        if (missing.length > 0) throw new EightDRefusedError('close', missing);
        return s.change('eightD', db.eightDs, existing, { ...existing, closedAt: await s.at(), closedBy: s.ctx.user.trim() });
      });
    },

    reopen(reportId) {
      return write(caseOfReport(reportId), async (s) => {
        const existing = await liveReport(reportId);
        return s.change('eightD', db.eightDs, existing, { ...existing, approvedBy: '', approvedAt: null, approvalComment: '', closedAt: null, closedBy: '' });
      });
    },

    async remove(reportId) {
      await write(caseOfReport(reportId), async (s) => {
        const existing = await liveReport(reportId);
        await s.change('eightD', db.eightDs, existing, { ...existing, deleted: true });
        const others = (await db.eightDs.where('caseId').equals(existing.caseId).toArray()).filter((r) => !r.deleted && r.id !== reportId);
        if (others.length === 0) await s.setLifecycle({ eightDStarted: false });
      });
    },
  };
}
