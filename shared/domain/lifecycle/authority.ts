/**
 * Approval authority by amount (客户投诉金额核决权限, seed 003 §十一; DOMAIN
 * §3.4). Configurable matrix of ascending limits in FEN (see money.ts):
 * an amount ≤ a row's `upToFen` needs that row's role; above the last row the
 * `aboveRole` decides. Defaults: ≤100,000 yuan 部门经理 department manager;
 * 100,000.01–150,000 副总经理 deputy GM; >150,000 总经理 GM. The seed's
 * "100,001" is integer-yuan notation: we compare exact fen, so 100,000.00 is
 * the manager's and 100,000.01 already the deputy GM's.
 */
import type { Fen } from './money';

export const APPROVER_ROLES = ['department_manager', 'deputy_gm', 'gm'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];

/** Rank: a higher role may approve what a lower role may. */
export const APPROVER_RANK: Record<ApproverRole, number> = { department_manager: 1, deputy_gm: 2, gm: 3 };

export interface AuthorityRow {
  /** Inclusive upper limit in fen. */
  upToFen: Fen;
  role: ApproverRole;
}

export interface AuthorityMatrix {
  /** Ascending by upToFen. */
  rows: AuthorityRow[];
  /** Role for amounts above the last row. */
  aboveRole: ApproverRole;
}

export const DEFAULT_AUTHORITY_MATRIX: AuthorityMatrix = {
  rows: [
    { upToFen: 10_000_000, role: 'department_manager' },
    { upToFen: 15_000_000, role: 'deputy_gm' },
  ],
  aboveRole: 'gm',
};

/** The role that must approve `amountFen` (an integer ≥ 0). */
export function requiredApprover(amountFen: Fen, matrix: AuthorityMatrix = DEFAULT_AUTHORITY_MATRIX): ApproverRole {
  for (const row of matrix.rows) if (amountFen <= row.upToFen) return row.role;
  return matrix.aboveRole;
}

/** May `role` approve `amountFen`? (the required role or a higher one). */
export function canApprove(role: ApproverRole, amountFen: Fen, matrix: AuthorityMatrix = DEFAULT_AUTHORITY_MATRIX): boolean {
  return APPROVER_RANK[role] >= APPROVER_RANK[requiredApprover(amountFen, matrix)];
}

/** Problems of an edited matrix: 'notAscending', 'badAmount'; null when fine. */
export function checkAuthorityMatrix(matrix: AuthorityMatrix): 'notAscending' | 'badAmount' | null {
  let last = -1;
  for (const row of matrix.rows) {
    if (!Number.isSafeInteger(row.upToFen) || row.upToFen < 0) return 'badAmount';
    if (row.upToFen <= last) return 'notAscending';
    last = row.upToFen;
  }
  return null;
}
