/**
 * The words a 台账 uses for what the case keeps as a choice: open or closed
 * (已结案 / 处理中 / 是 / 否 / TRUE …, and the desk's own step names), the
 * market (国内 / 外销 / 出口 / 国内客户 …), the
 * customer's requests (退货、8D …), the responsible department a name
 * stands for (品质部 → quality …) and a defect count not known yet (待定).
 * Pure.
 */
import { CUSTOMER_REQUESTS, type CustomerRequest, type Market } from '../../domain/case';
import type { ImportedState } from '../../domain/case-import';
import type { Department } from '../../domain/lifecycle/records';
import { halfWidth } from './values';

const CLOSED = /^(已?结案|已?关闭|已?完成|closed?|done|finished|ok|y|yes|true|是|√|✓|✔)$/i;
const OPEN = /^(未结案|未关闭|未完成|处理中|进行中|跟进中|待处理|open|pending|n|no|false|否|×)$/i;
/** The desk's own step names (its ledger export prints them): every step but 结案 is open. */
const DESK_OPEN_STEPS = /^(已登记|原因分析|初步判定|审批|退货物流|退货入库|退货检验|处理方式|责任判定|损失核算|纠正措施|回复客户|回访|registered|analysis|decision|approval|return logistics|receiving|inspection|disposition|responsibility|costs|actions|reply|follow-up)$/i;
const PENDING_QUANTITY = /待定|未确定|加工中|tbd/i;
const MARKET_TEXTS: ReadonlyMap<string, Market> = new Map([
  // With the desk's own export labels (国内客户 / 国外客户), so its files come back in.
  ...['国内', '国内客户', '内销', 'domestic'].map((t) => [t, 'domestic'] as const),
  ...['国外', '国外客户', '外销', '出口', '海外', 'foreign', 'export'].map((t) => [t, 'foreign'] as const),
]);
const REQUEST_TEXTS: readonly (readonly [RegExp, CustomerRequest])[] = [
  [/退货|return/i, 'return'],
  [/换货|exchange/i, 'exchange'],
  [/返修|维修|repair/i, 'repair'],
  [/折让|扣款|折价|credit/i, 'credit'],
  [/赔款|赔偿|索赔|compensation/i, 'compensation'],
  [/8d/i, 'report_8d'],
  [/说明|解释|回复|explanation/i, 'explanation_only'],
];

/** The state a status cell names, null when empty, 'unknown' when it names none. */
export function stateOfText(text: string): ImportedState | 'unknown' | null {
  const t = halfWidth(text).trim();
  if (t === '') return null;
  if (CLOSED.test(t)) return 'closed';
  return OPEN.test(t) || DESK_OPEN_STEPS.test(t) ? 'open' : 'unknown';
}

/** The market a cell names, null when empty, 'unknown' when it names none. */
export function marketOfText(text: string): Market | 'unknown' | null {
  const t = halfWidth(text).trim().toLowerCase();
  return t === '' ? null : (MARKET_TEXTS.get(t) ?? 'unknown');
}

/** The requests the values of a cell name (in the intake's order); `unknown` when one names none. */
export function requestsOfTexts(texts: readonly string[]): { requests: CustomerRequest[]; unknown: boolean } {
  const found = texts.map((t) => REQUEST_TEXTS.find(([pattern]) => pattern.test(t))?.[1]);
  return { requests: CUSTOMER_REQUESTS.filter((r) => found.includes(r)), unknown: found.includes(undefined) };
}

/** Which of the desk's responsibility departments a department name stands for (the desk's own labels too); 'other' when none. */
const DEPARTMENT_TEXTS: readonly (readonly [RegExp, Department])[] = [
  [/品质|品管|质量|质检|检验|qa|qc|quality/i, 'quality'],
  [/采购|供应商|供方|外协|purchas|supplier/i, 'purchasing'],
  [/技术|工程|研发|设计|technical|engineering|r&d/i, 'technical'],
  [/销售|业务|营销|市场|物流|运输|sales|logistic/i, 'sales'],
  [/生产|制造|分厂|车间|工厂|production|manufactur/i, 'production'],
];

export function departmentOfText(text: string): Department {
  const t = halfWidth(text).trim();
  return DEPARTMENT_TEXTS.find(([pattern]) => pattern.test(t))?.[1] ?? 'other';
}

/** A defect count written as 待定 / 未确定 / 加工中: the customer is still processing (quantityPending). */
export const isPendingQuantity = (text: string): boolean => PENDING_QUANTITY.test(text);
