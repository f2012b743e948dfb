/**
 * Responsibility (责任判定, seed 000 四): one or more departments with
 * percentages that sum to exactly 100. A percent is an integer or has ONE
 * decimal (e.g. 33.3 + 33.3 + 33.4); sums are done in tenths, so no floating
 * point error. A purchasing share with a supplier name needs a supplier claim.
 */
import type { Fen } from './money';
import type { Department, ResponsibilityShare, ResponsibilityShareInput, SupplierClaim } from './records';
import { DEPARTMENTS } from './records';

export type ShareErrorCode = 'required' | 'notPositive' | 'tooManyDecimals' | 'overHundred' | 'duplicateDepartment';

/** Percent in tenths (33.3 → 333), or null when it has more than one decimal / is not a number. */
export function percentTenths(percent: number): number | null {
  if (typeof percent !== 'number' || !Number.isFinite(percent)) return null;
  const tenths = Math.round(percent * 10);
  return Math.abs(tenths - percent * 10) < 1e-6 ? tenths : null;
}

/** Field errors of one share. */
export function validateShare(input: ResponsibilityShareInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!DEPARTMENTS.includes(input.department)) errors.department = 'required';
  const tenths = percentTenths(input.percent);
  if (typeof input.percent !== 'number' || Number.isNaN(input.percent)) errors.percent = 'required';
  else if (tenths === null) errors.percent = 'tooManyDecimals';
  else if (tenths <= 0) errors.percent = 'notPositive';
  else if (tenths > 1000) errors.percent = 'overHundred';
  return errors;
}

export interface SharesCheck {
  /** Sum of the live shares in percent (one decimal). */
  total: number;
  /** null when the shares are complete and valid. */
  error: 'sharesMissing' | 'sharesNotHundred' | 'shareInvalid' | 'duplicateDepartment' | null;
  /** Share id → field errors for invalid shares. */
  shareErrors: Record<string, Record<string, string>>;
}

/** Do the live shares sum to exactly 100 (and is each one valid, each department once)? */
export function checkShares(shares: readonly ResponsibilityShare[]): SharesCheck {
  const live = shares.filter((s) => !s.deleted);
  const shareErrors: Record<string, Record<string, string>> = {};
  let tenths = 0;
  const seen = new Set<string>();
  let duplicate = false;
  for (const share of live) {
    const errors = validateShare(share);
    if (Object.keys(errors).length > 0) shareErrors[share.id] = errors;
    tenths += percentTenths(share.percent) ?? 0;
    const key = `${share.department}|${share.supplierName.trim()}`;
    if (seen.has(key)) duplicate = true;
    seen.add(key);
  }
  const total = tenths / 10;
  if (live.length === 0) return { total, error: 'sharesMissing', shareErrors };
  if (Object.keys(shareErrors).length > 0) return { total, error: 'shareInvalid', shareErrors };
  if (duplicate) return { total, error: 'duplicateDepartment', shareErrors };
  if (tenths !== 1000) return { total, error: 'sharesNotHundred', shareErrors };
  return { total, error: null, shareErrors };
}

/** A share that is the supplier's (purchasing with a supplier name) needs a supplier claim. */
export function needsSupplierClaim(share: ResponsibilityShare): boolean {
  return !share.deleted && share.department === 'purchasing' && share.supplierName.trim() !== '';
}

/** Live supplier shares that have no live claim yet. */
export function sharesWithoutClaim(shares: readonly ResponsibilityShare[], claims: readonly SupplierClaim[]): ResponsibilityShare[] {
  return shares.filter((s) => needsSupplierClaim(s) && !claims.some((c) => !c.deleted && c.shareId === s.id));
}

/** The supplier's part of a loss: total × percent, rounded to the fen (tenths keep it exact). */
export function supplierClaimAmount(totalLossFen: Fen, percent: number): Fen {
  const tenths = percentTenths(percent) ?? 0;
  return Math.round((totalLossFen * tenths) / 1000);
}

/**
 * Departments named without percentages (an imported 台账 lists them): an
 * equal split in tenths that sums to exactly 100 — the first ones take the
 * leftover tenths (3 → 33.4 / 33.3 / 33.3). Each department once, in the
 * order first named.
 */
export function equalShares(departments: readonly Department[]): { department: Department; percent: number }[] {
  const unique = [...new Set(departments)];
  if (unique.length === 0) return [];
  const base = Math.floor(1000 / unique.length);
  const left = 1000 - base * unique.length;
  return unique.map((department, i) => ({ department, percent: (base + (i < left ? 1 : 0)) / 10 }));
}
