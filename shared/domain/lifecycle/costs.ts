/**
 * Costs of a case (损失核算, 财务): loss, repair cost, freight, compensation,
 * credit — integer fen. Totals per kind and overall, live records only.
 */
import type { Fen } from './money';
import { isFen } from './money';
import type { CostInput, CostKind, CostRecord } from './records';
import { COST_KINDS } from './records';

export function validateCost(input: CostInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!COST_KINDS.includes(input.kind)) errors.kind = 'required';
  const a: unknown = input.amountFen;
  if (typeof a !== 'number' || Number.isNaN(a)) errors.amountFen = 'required';
  else if (!Number.isSafeInteger(a)) errors.amountFen = 'notFen';
  else if (!isFen(a)) errors.amountFen = 'negative';
  return errors;
}

export interface CostTotals {
  byKind: Record<CostKind, Fen>;
  total: Fen;
}

/** Totals of the live cost records (pass one round's records, or all rounds). */
export function costTotals(costs: readonly CostRecord[]): CostTotals {
  const byKind = Object.fromEntries(COST_KINDS.map((k) => [k, 0])) as Record<CostKind, Fen>;
  let total = 0;
  for (const c of costs) {
    if (c.deleted) continue;
    byKind[c.kind] += c.amountFen;
    total += c.amountFen;
  }
  return { byKind, total };
}
