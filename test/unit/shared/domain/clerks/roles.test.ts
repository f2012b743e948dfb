import { describe, expect, it } from 'vitest';
import { APPROVER_ROLES } from '../../../../../shared/domain/lifecycle/authority';
import { approverRolesOf, checkRoles, CLERK_ROLE_OF_APPROVER, CLERK_ROLES, normalizeRoles, ownApproverRole } from '../../../../../shared/domain/clerks/roles';
import { checkClerkName, isActingAdmin, leavesNoAdmin, type ClerkFacts } from '../../../../../shared/domain/clerks/clerk';

describe('roles', () => {
  it('lists the ten roles of the issue', () => {
    expect(CLERK_ROLES).toEqual(['service', 'qualityEngineer', 'warehouse', 'finance', 'planning', 'departmentManager', 'deputyGeneralManager', 'generalManager', 'qualityHead', 'admin']);
  });

  it('maps every approver role of the authority matrix onto a clerk role', () => {
    for (const a of APPROVER_ROLES) expect(CLERK_ROLES).toContain(CLERK_ROLE_OF_APPROVER[a]);
    expect(approverRolesOf(['generalManager', 'service', 'departmentManager'])).toEqual(['department_manager', 'gm']);
    expect(approverRolesOf(['admin'])).toEqual([]);
  });

  it('finds the approver role a clerk signs with: theirs that may approve, the lowest first', () => {
    expect(ownApproverRole(['departmentManager', 'generalManager'], 'department_manager')).toBe('department_manager');
    expect(ownApproverRole(['departmentManager', 'generalManager'], 'deputy_gm')).toBe('gm');
    expect(ownApproverRole(['departmentManager'], 'gm')).toBeNull();
    expect(ownApproverRole(['service', 'admin'], 'department_manager')).toBeNull();
  });

  it('cleans stored roles and refuses unknown ones', () => {
    expect(normalizeRoles(['admin', 'service', 'admin', 'fromANewerApp'])).toEqual(['service', 'admin']);
    expect(normalizeRoles('admin')).toEqual([]);
    expect(checkRoles(['service', 'finance'])).toBeNull();
    expect(checkRoles(['boss'])).toBe('unknownRole');
  });
});

describe('clerk rules', () => {
  const admin: ClerkFacts = { id: 'a', active: true, roles: ['admin'], hasPassword: true };
  const other: ClerkFacts = { id: 'b', active: true, roles: ['service'], hasPassword: true };

  it('checks names', () => {
    expect(checkClerkName('  ')).toBe('required');
    expect(checkClerkName('名'.repeat(61))).toBe('tooLong');
    expect(checkClerkName(' 王丽 ')).toBeNull();
  });

  it('an acting admin is active, an admin and can sign in', () => {
    expect(isActingAdmin(admin)).toBe(true);
    expect(isActingAdmin({ ...admin, active: false })).toBe(false);
    expect(isActingAdmin({ ...admin, hasPassword: false })).toBe(false);
    expect(isActingAdmin(other)).toBe(false);
    expect(isActingAdmin(undefined)).toBe(false);
  });

  it('never leaves the office without an active admin', () => {
    expect(leavesNoAdmin([admin, other], 'a', { active: false, roles: ['admin'] })).toBe(true);
    expect(leavesNoAdmin([admin, other], 'a', { active: true, roles: [] })).toBe(true);
    expect(leavesNoAdmin([admin, { ...other, roles: ['admin'] }], 'a', { active: false, roles: ['admin'] })).toBe(false);
    expect(leavesNoAdmin([admin, other], 'b', { active: false, roles: [] })).toBe(false);
  });
});
