/** The names of the lifecycle's states and actions (the state machine's types are in states.ts). */
export const CASE_STATES = [
  'registered',
  'analysis',
  'decision',
  'approval',
  'return_logistics',
  'receiving',
  'inspection',
  'disposition',
  'responsibility',
  'costs',
  'corrective_action',
  'reply',
  'follow_up',
  'closed',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** Position of a state on the main path (for "send back to an earlier step"). */
export function stateIndex(state: CaseState): number {
  return CASE_STATES.indexOf(state);
}

export const LIFECYCLE_ACTIONS = [
  /** registered → analysis; triage, severity and category set. */
  'start_analysis',
  /** analysis → decision; analysis summary written. */
  'finish_analysis',
  /** decision → approval (B/C, amount set) or → responsibility (A). */
  'confirm_decision',
  /** approval → return_logistics; an approval record of sufficient authority (made by the approvals repository). */
  'approve',
  /** approval → decision; a rejection record with its reason. */
  'reject',
  /** return_logistics → receiving; RMA number, ≥1 return line, carrier + tracking number + pickup date. */
  'ship_return',
  /** receiving → inspection; every line counted (quantity, received by, storage location). */
  'finish_receiving',
  /** inspection → disposition; every line with received quantity > 0 inspected. */
  'finish_inspection',
  /** disposition → responsibility; dispositions add up to the received quantity per line. */
  'finish_disposition',
  /** responsibility → costs; shares sum to 100, each supplier share has a supplier claim. */
  'confirm_responsibility',
  /** costs → corrective_action; cost lines valid. */
  'confirm_costs',
  /** corrective_action → reply; at least one action or an 8D started. */
  'finish_corrective_action',
  /** reply → follow_up; a customer reply in this round. */
  'start_follow_up',
  /** reply|follow_up → closed; no open actions, a reply, a satisfied survey where a follow-up is due. */
  'close',
  /** follow_up → analysis with round + 1; the latest survey of the round is unsatisfied. */
  'new_round',
  /** closed → analysis; reason required. */
  'reopen',
  /** closed → analysis with round + 1: the effect check found the measures did not work (effect-check.ts); reason = its note. Recorded with the check, never a button. */
  'effect_failed',
  /** registered → closed: a case its office's Excel 台账 says was closed, at that day (issue 18.2); no effect check due. Written by the import, never a button. */
  'import_closed',
  /** any open state → an earlier state (`to`); reason required. */
  'send_back',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];
