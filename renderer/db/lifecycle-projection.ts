/**
 * Reading a case's lifecycle from the tables (the CaseLifecycleView the
 * guards look at), its deadlines, and the ledger projection stored on the
 * case record. Owns `refreshCaseProjection`, the one function that writes
 * StoredCase.projection, and LIFECYCLE_ENTITY_TABLES (op entity → table).
 */
import type { ComplaintCase } from '../../shared/domain/case';
import { createWorkingCalendar, type WorkingCalendar } from '../../shared/domain/lifecycle/calendar';
import { computeDeadlines } from '../../shared/domain/lifecycle/deadlines';
import type { Deadline, DeadlineFacts } from '../../shared/domain/lifecycle/deadlines-types';
import { closedAtOf, projectCase, type CaseProjection } from '../../shared/domain/lifecycle/projection';
import { caseLifecycleView } from '../../shared/domain/lifecycle/case-view';
import { ofRound, stateIndex, type CaseLifecycleView, type LifecycleRules } from '../../shared/domain/lifecycle/states';
import type { EightDSettings } from '../../shared/domain/eightd/settings';
import { receivingToleranceOf, type ReceivingTolerance } from '../../shared/domain/master-data/customer-rules';
import { defaultSettings, type Settings } from '../../shared/domain/settings';
import type { EntityName } from '../../shared/sync/op';
import type { LifecycleSettings } from './lifecycle-types';
import { caseEightDDeadlines, casesEightDDeadlines, eightDTables } from './eightd-store';
import { sameValue } from './ops-writer';
import { groupByCase, type DeskDatabase, type StoredCase } from './schema';
import type { Table } from 'dexie';
import type { WriteContext } from './types';

/**
 * Which table holds the records of each lifecycle op entity (the record id
 * is the op's entityId; every record has a `caseId`). For the replication
 * engineer: wire these into the entity registry so merged ops land in the
 * right table, then call refreshCaseProjection(db, caseId, ctx) for every
 * case touched. Blobs are not ops: they travel by sha256 (table `blobs`).
 */
export const LIFECYCLE_ENTITY_TABLES = {
  caseLifecycle: 'caseLifecycles',
  transition: 'transitions',
  approval: 'approvals',
  returnLine: 'returnLines',
  disposition: 'dispositions',
  repairOrder: 'repairOrders',
  outboundShipment: 'outboundShipments',
  responsibilityShare: 'responsibilityShares',
  supplierClaim: 'supplierClaims',
  cost: 'costs',
  caseAction: 'caseActions',
  customerReply: 'customerReplies',
  survey: 'surveys',
  attachment: 'attachments',
  signature: 'signatures',
} as const satisfies Partial<Record<EntityName, keyof DeskDatabase>>;

export type LifecycleEntity = keyof typeof LIFECYCLE_ENTITY_TABLES;

/** The lifecycle tables (for transaction scopes), with the 8D tables: their deadlines are part of the case's projection. */
export function lifecycleTables(db: DeskDatabase) {
  return [
    ...eightDTables(db),
    db.caseLifecycles,
    db.transitions,
    db.approvals,
    db.returnLines,
    db.dispositions,
    db.repairOrders,
    db.outboundShipments,
    db.responsibilityShares,
    db.supplierClaims,
    db.costs,
    db.caseActions,
    db.customerReplies,
    db.surveys,
    db.attachments,
    db.signatures,
  ];
}

const DEFAULTS = defaultSettings('00000000-0000-4000-8000-000000000000');

/** The part of the settings the lifecycle and 8D repositories work with (the write context's `lifecycle`). */
export function lifecycleSettingsFrom(settings: Settings): LifecycleSettings {
  return {
    authorityMatrix: settings.authorityMatrix,
    receivingTolerancePercent: settings.receivingTolerancePercent,
    workingHours: settings.workingHours,
    holidayOverrides: settings.holidayOverrides,
    attachmentMaxBytes: settings.attachmentMaxBytes,
    rmaNumberPattern: settings.rmaNumberPattern,
    deadlineRules: settings.deadlineRules,
    eightD: settings.eightD,
    surveyForm: settings.surveyForm,
  };
}

/** Lifecycle settings of the write context, or the defaults of shared/domain/settings.ts. */
export function lifecycleSettingsOf(ctx: Pick<WriteContext, 'lifecycle'>): LifecycleSettings {
  return ctx.lifecycle ?? lifecycleSettingsFrom(DEFAULTS);
}

/** The 8D settings (quality heads, containment hours); defaults when the context has none (older callers). */
export function eightDSettingsOf(settings: LifecycleSettings): EightDSettings {
  return settings.eightD ?? DEFAULTS.eightD;
}

export function rulesOf(settings: LifecycleSettings): LifecycleRules {
  const rules: LifecycleRules = { authorityMatrix: settings.authorityMatrix };
  if (settings.surveyForm) rules.satisfiedThreshold = settings.surveyForm.satisfiedThreshold;
  return rules;
}

/**
 * The receiving tolerance of a case: its customer's own over / under percent
 * (the master entry of case.customerId, inactive or not) or the office's.
 * Call inside a transaction whose scope holds db.masterEntries.
 */
export async function caseReceivingTolerance(db: DeskDatabase, c: Pick<ComplaintCase, 'customerId'>, settings: LifecycleSettings): Promise<ReceivingTolerance> {
  const entry = typeof c.customerId === 'string' && c.customerId !== '' ? await db.masterEntries.get(c.customerId) : undefined;
  return receivingToleranceOf(settings.receivingTolerancePercent, entry);
}

const calendars = new WeakMap<LifecycleSettings, WorkingCalendar>();

/** The working calendar of the settings (built once per settings object: a merge projects thousands of cases). */
export function calendarOf(settings: LifecycleSettings): WorkingCalendar {
  let calendar = calendars.get(settings);
  if (!calendar) calendars.set(settings, (calendar = createWorkingCalendar({ periods: settings.workingHours, overrides: settings.holidayOverrides })));
  return calendar;
}

export { defaultLifecycle } from '../../shared/domain/lifecycle/case-view';

/**
 * Every record of the case (all rounds, tombstones included) as the guards'
 * view. Works inside or outside a transaction. `stored` = whether a
 * lifecycle record exists (otherwise the default one is in the view).
 */
export async function loadView(db: DeskDatabase, c: ComplaintCase): Promise<{ view: CaseLifecycleView; stored: boolean }> {
  return (await loadViews(db, [c])).get(c.id)!;
}

/** The views of many cases at once: one query per table, whatever the number of cases (a merge refreshes thousands). */
export async function loadViews(db: DeskDatabase, cases: readonly ComplaintCase[]): Promise<Map<string, { view: CaseLifecycleView; stored: boolean }>> {
  const ids = cases.map((c) => c.id);
  const of = <T extends { caseId: string }>(table: Table<T, string>) => (ids.length === 1 ? table.where('caseId').equals(ids[0]!) : table.where('caseId').anyOf(ids)).toArray().then(groupByCase);
  const [lifecycles, transitions, approvals, returnLines, dispositions, repairOrders, outbound, shares, supplierClaims, costs, actions, replies, surveys, signatures] = await Promise.all([
    db.caseLifecycles.bulkGet(ids),
    of(db.transitions),
    of(db.approvals),
    of(db.returnLines),
    of(db.dispositions),
    of(db.repairOrders),
    of(db.outboundShipments),
    of(db.responsibilityShares),
    of(db.supplierClaims),
    of(db.costs),
    of(db.caseActions),
    of(db.customerReplies),
    of(db.surveys),
    of(db.signatures),
  ]);
  const views = new Map<string, { view: CaseLifecycleView; stored: boolean }>();
  cases.forEach((c, i) => {
    const lifecycle = lifecycles[i];
    views.set(c.id, {
      stored: lifecycle !== undefined,
      view: caseLifecycleView(c, {
        lifecycle,
        transitions: transitions.get(c.id),
        approvals: approvals.get(c.id),
        returnLines: returnLines.get(c.id),
        dispositions: dispositions.get(c.id),
        repairOrders: repairOrders.get(c.id),
        shipments: outbound.get(c.id),
        shares: shares.get(c.id),
        supplierClaims: supplierClaims.get(c.id),
        costs: costs.get(c.id),
        actions: actions.get(c.id),
        replies: replies.get(c.id),
        surveys: surveys.get(c.id),
        signatures: signatures.get(c.id),
      }),
    });
  });
  return views;
}

const earliest = (values: (string | null | undefined)[]): string | null => {
  let best: string | null = null;
  let bestMs = Infinity;
  for (const v of values) {
    if (!v) continue;
    const ms = Date.parse(v);
    if (!Number.isNaN(ms) && ms < bestMs) {
      best = v;
      bestMs = ms;
    }
  }
  return best;
};

/**
 * The facts the deadline rules need, from the case and its records:
 * replies (any round) for the first/written reply; transitions of the
 * current round for analysis start/finish, responsibility entered/decided, the solution (corrective actions
 * finished) and closing; the current round's latest survey for the follow-up.
 */
export function deadlineFacts(c: ComplaintCase, view: CaseLifecycleView): DeadlineFacts {
  const lc = view.lifecycle;
  const replies = view.replies.filter((r) => !r.deleted);
  const round = view.transitions.filter((t) => t.round === lc.round);
  const firstAt = (pred: (t: CaseLifecycleView['transitions'][number]) => boolean) => round.find(pred)?.at ?? null;
  const lastAt = (pred: (t: CaseLifecycleView['transitions'][number]) => boolean) => [...round].reverse().find(pred)?.at ?? null;
  const surveys = ofRound(view, view.surveys);
  return {
    receivedAt: c.receivedAt,
    market: c.market,
    severity: lc.severity,
    customerDeadlineAt: lc.customerDeadlineAt,
    callbackAt: lc.callbackAt,
    containmentAt: lc.containmentAt,
    firstReplyAt: earliest(replies.map((r) => r.repliedAt)),
    writtenReplyAt: earliest(replies.filter((r) => r.written).map((r) => r.repliedAt)),
    analysisStartedAt: firstAt((t) => t.to === 'analysis'),
    analysisFinishedAt: lastAt((t) => t.from === 'analysis' && t.action === 'finish_analysis'),
    responsibilityStartedAt: firstAt((t) => t.to === 'responsibility'),
    // Sent back to an earlier step is not decided: only a move onward meets the deadline.
    responsibilityFinishedAt: lastAt((t) => t.from === 'responsibility' && stateIndex(t.to) > stateIndex('responsibility')),
    solutionDoneAt: lastAt((t) => t.action === 'finish_corrective_action'),
    followUpAt: earliest(surveys.map((s) => s.surveyedAt)),
    closedAt: closedAtOf(view),
    departments: [...new Set(ofRound(view, view.shares).map((s) => s.department))].sort(),
  };
}

export function caseDeadlines(c: ComplaintCase, view: CaseLifecycleView, settings: LifecycleSettings): Deadline[] {
  return computeDeadlines(deadlineFacts(c, view), calendarOf(settings), settings.deadlineRules);
}

/**
 * Every deadline of the case: its own (DOMAIN §4) and those of its live 8D
 * reports, as the case page, the 催办单 and the ledger projection show them.
 * Reads the 8D tables: call inside a transaction that covers them.
 */
export async function caseDeadlinesWithEightD(db: DeskDatabase, c: ComplaintCase, view: CaseLifecycleView, settings: LifecycleSettings): Promise<Deadline[]> {
  const eightD = await caseEightDDeadlines(db, c.id, calendarOf(settings).utcOffsetMinutes);
  return [...caseDeadlines(c, view, settings), ...eightD];
}

/** The projection of a case from its lifecycle alone (a new case: no 8D reports yet; refreshCaseProjection adds theirs). */
export function projectionOf(c: ComplaintCase, view: CaseLifecycleView, settings: LifecycleSettings): CaseProjection {
  return projectCase(view, caseDeadlines(c, view, settings));
}

/**
 * Recomputes the ledger projection of one case (state, severity,
 * departments, nextDueAt … — the deadlines of its 8D reports included) from its stored records and stores it on the
 * case record when it changed. Returns the projection, or null for an
 * unknown case. Writes no op (the projection is derived, local data).
 *
 * The lifecycle repositories call this inside every write transaction. The
 * REPLICATION ENGINE must call it after merging remote ops of a case (any
 * entity of LIFECYCLE_ENTITY_TABLES, or the case's receivedAt/market), so
 * the ledger row of a merged case is right without opening it. It joins the
 * caller's transaction when that covers `cases` and the lifecycle tables,
 * else opens its own.
 */
export async function refreshCaseProjection(db: DeskDatabase, caseId: string, ctx: Pick<WriteContext, 'lifecycle'>): Promise<CaseProjection | null> {
  return (await refreshCaseProjections(db, [caseId], ctx)).get(caseId) ?? null;
}

/** refreshCaseProjection for many cases in one pass: one query per table, the changed cases stored in one bulkPut. Unknown ids are left out. */
export async function refreshCaseProjections(db: DeskDatabase, caseIds: readonly string[], ctx: Pick<WriteContext, 'lifecycle'>): Promise<Map<string, CaseProjection>> {
  const settings = lifecycleSettingsOf(ctx);
  const calendar = calendarOf(settings);
  const projections = new Map<string, CaseProjection>();
  if (caseIds.length === 0) return projections;
  return db.transaction('rw', [db.cases, ...lifecycleTables(db)], async () => {
    const stored = (await db.cases.bulkGet([...caseIds])).filter((c): c is StoredCase => c !== undefined);
    const [views, eightD] = await Promise.all([loadViews(db, stored), casesEightDDeadlines(db, stored.map((c) => c.id), calendar.utcOffsetMinutes)]);
    const changed: StoredCase[] = [];
    for (const c of stored) {
      const { view } = views.get(c.id)!;
      // The open deadlines of the case's 8D reports count for nextDueAt too (the workbench shows them).
      const projection = projectCase(view, [...caseDeadlines(c, view, settings), ...(eightD.get(c.id) ?? [])]);
      projections.set(c.id, projection);
      if (!sameValue(c.projection, projection)) changed.push({ ...c, projection });
    }
    if (changed.length) await db.cases.bulkPut(changed);
    return projections;
  });
}
