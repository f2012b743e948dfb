/**
 * The roles a clerk may hold (issue 16.3): what the desk lets them do and
 * which approvals of the authority matrix (lifecycle/authority.ts) they sign.
 * Ids are stable English words: they are replicated in the clerk records.
 */
import { APPROVER_RANK, type ApproverRole } from '../lifecycle/authority';

export const CLERK_ROLES = [
  'service', // 客服
  'qualityEngineer', // 品质 QE
  'warehouse', // 仓库
  'finance', // 财务
  'planning', // 计划
  'departmentManager', // 部门经理
  'deputyGeneralManager', // 副总经理
  'generalManager', // 总经理
  'qualityHead', // 品质主管 (8D D8 approval)
  'admin', // 管理员: adds clerks, sets roles, resets passwords
] as const;
export type ClerkRole = (typeof CLERK_ROLES)[number];

/** The roles' names as the office writes them (简体中文): the UI's zh-CN texts and the printed forms (always Chinese) share them. */
export const CLERK_ROLE_NAMES_ZH = {
  service: '客服',
  qualityEngineer: '品质 QE',
  warehouse: '仓库',
  finance: '财务',
  planning: '计划',
  departmentManager: '部门经理',
  deputyGeneralManager: '副总经理',
  generalManager: '总经理',
  qualityHead: '品质主管（8D）',
  admin: '管理员',
} as const satisfies Record<ClerkRole, string>;

/** The clerk role that holds each approver role of the authority matrix. */
export const CLERK_ROLE_OF_APPROVER: Record<ApproverRole, ClerkRole> = {
  department_manager: 'departmentManager',
  deputy_gm: 'deputyGeneralManager',
  gm: 'generalManager',
};

/** The approver role (authority matrix) each clerk role signs approvals as. */
export const APPROVER_OF_CLERK_ROLE: Partial<Record<ClerkRole, ApproverRole>> = Object.fromEntries(
  (Object.entries(CLERK_ROLE_OF_APPROVER) as [ApproverRole, ClerkRole][]).map(([approver, clerk]) => [clerk, approver]),
);

/** The approver roles (authority matrix) that a clerk with these roles holds, lowest first. */
export function approverRolesOf(roles: readonly ClerkRole[]): ApproverRole[] {
  return (Object.keys(CLERK_ROLE_OF_APPROVER) as ApproverRole[]).filter((a) => roles.includes(CLERK_ROLE_OF_APPROVER[a]));
}

/**
 * The approver role a clerk with these roles signs an approval with when
 * `required` must approve: the lowest of theirs that ranks at least as high
 * (authority.ts canApprove), or null when none of theirs may.
 */
export function ownApproverRole(roles: readonly ClerkRole[], required: ApproverRole): ApproverRole | null {
  return approverRolesOf(roles).find((r) => APPROVER_RANK[r] >= APPROVER_RANK[required]) ?? null;
}

export function isClerkRole(value: unknown): value is ClerkRole {
  return typeof value === 'string' && (CLERK_ROLES as readonly string[]).includes(value);
}

/**
 * The roles as stored, cleaned: known ids only, each once, in CLERK_ROLES
 * order. A role a newer app added (unknown here) is dropped from what this
 * app shows, never an error.
 */
export function normalizeRoles(value: unknown): ClerkRole[] {
  if (!Array.isArray(value)) return [];
  return CLERK_ROLES.filter((r) => value.includes(r));
}

/** Problems of a requested role list: 'unknownRole' when an id is not a role; null when fine. */
export function checkRoles(roles: readonly unknown[]): 'unknownRole' | null {
  return roles.every(isClerkRole) ? null : 'unknownRole';
}
