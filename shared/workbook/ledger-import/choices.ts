/**
 * The words a 台账 uses for what the case keeps as a choice: open or closed
 * (已结案 / 处理中 / 是 / 否 / TRUE …), the market (国内 / 外销 / 出口 …), the
 * customer's requests (退货、8D …) and a defect count not known yet (待定).
 * Pure.
 */
import { CUSTOMER_REQUESTS, type CustomerRequest, type Market } from '../../domain/case';
import type { ImportedState } from '../../domain/case-import';
import { halfWidth } from './values';

const CLOSED = /^(已?结案|已?关闭|已?完成|closed?|done|finished|ok|y|yes|true|是|√|✓|✔)$/i;
const OPEN = /^(未结案|未关闭|未完成|处理中|进行中|跟进中|待处理|open|pending|n|no|false|否|×)$/i;
const PENDING_QUANTITY = /待定|未确定|加工中|tbd/i;
const MARKET_TEXTS: ReadonlyMap<string, Market> = new Map([
  ...['国内', '内销', 'domestic'].map((t) => [t, 'domestic'] as const),
  ...['国外', '外销', '出口', '海外', 'foreign', 'export'].map((t) => [t, 'foreign'] as const),
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
  return OPEN.test(t) ? 'open' : 'unknown';
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

/** A defect count written as 待定 / 未确定 / 加工中: the customer is still processing (quantityPending). */
export const isPendingQuantity = (text: string): boolean => PENDING_QUANTITY.test(text);
