/**
 * Triage of a complaint (客服 first judgement, seed 001 §3.1.5), severity
 * (DOMAIN §1) and category. Pure constants and rules.
 *
 * - TRIAGE_CATEGORIES: normal product behaviour 产品正常现象 / operating error
 *   操作不当 / ageing 老化 / damage by the user 人为损坏 / production quality
 *   problem 生产质量问题 / latent quality hazard 质量隐患 — plus
 *   `seven_day_return` (7天无理由退货): logged, NOT counted as a complaint.
 * - Severity general 一般 / serious 严重 / urgent 紧急(批量). Criteria from the
 *   seeds: batch defects, safety, environmental substances (环境管理物质超标 ⇒
 *   top priority + possible recall), media exposure, repeat complaint.
 */

export const TRIAGE_CATEGORIES = [
  'normal_behaviour',
  'operating_error',
  'ageing',
  'user_damage',
  'production_quality',
  'latent_hazard',
  'seven_day_return',
] as const;
export type TriageCategory = (typeof TRIAGE_CATEGORIES)[number];

export const SEVERITIES = ['general', 'serious', 'urgent'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_CRITERIA = ['batch', 'safety', 'environmental', 'media', 'repeat'] as const;
export type SeverityCriterion = (typeof SEVERITY_CRITERIA)[number];

export const COMPLAINT_CATEGORIES = ['product_quality', 'service_attitude', 'delivery_logistics', 'after_sales', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** The triage part of a case (fields of the caseLifecycle record). */
export interface TriageFacts {
  triage: TriageCategory | null;
  severity: Severity | null;
  severityCriteria: SeverityCriterion[];
  category: ComplaintCategory | null;
}

export interface SeveritySuggestion {
  severity: Severity;
  /** Top priority: environmental substances (or safety) — handle before everything else. */
  topPriority: boolean;
  /** Environmental substances out of limits ⇒ a recall may be needed. */
  possibleRecall: boolean;
}

/**
 * Severity suggested by the ticked criteria (the clerk may still choose):
 * batch / safety / environmental ⇒ urgent; media exposure or a repeat
 * complaint ⇒ serious; none ⇒ general.
 */
export function suggestSeverity(criteria: readonly SeverityCriterion[]): SeveritySuggestion {
  const has = (c: SeverityCriterion) => criteria.includes(c);
  const urgent = has('batch') || has('safety') || has('environmental');
  const serious = has('media') || has('repeat');
  return {
    severity: urgent ? 'urgent' : serious ? 'serious' : 'general',
    topPriority: has('environmental') || has('safety'),
    possibleRecall: has('environmental'),
  };
}

/** A 7-day no-reason return is logged but is not a complaint (statistics, ledger counts). */
export function countsAsComplaint(c: Pick<TriageFacts, 'triage'>): boolean {
  return c.triage !== 'seven_day_return';
}

/** Codes of what is still missing in the triage ('triageMissing' …); empty when triage is complete. */
export function triageMissing(c: TriageFacts): ('triageMissing' | 'severityMissing' | 'categoryMissing')[] {
  const out: ('triageMissing' | 'severityMissing' | 'categoryMissing')[] = [];
  if (c.triage === null) out.push('triageMissing');
  if (c.severity === null) out.push('severityMissing');
  if (c.category === null) out.push('categoryMissing');
  return out;
}
