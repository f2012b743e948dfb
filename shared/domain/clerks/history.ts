/**
 * The history of the clerk list (issue 16.3 "history kept"): who added a
 * clerk, changed their department or roles, deactivated them or reset their
 * password, and when — read from the clerk ops like any record's history
 * (history.ts). A password is never part of it: a credential change reads
 * as "password set / reset by the admin / changed by the clerk", without
 * any value. Pure.
 */
import { buildHistory } from '../history';
import type { Op } from '../../sync/op';
import { normalizeRoles, type ClerkRole } from './roles';

export type ClerkChange =
  | { kind: 'created'; name: string; department: string; roles: ClerkRole[] }
  | { kind: 'name'; before: string; after: string }
  | { kind: 'department'; before: string; after: string }
  | { kind: 'roles'; before: ClerkRole[]; after: ClerkRole[] }
  | { kind: 'active'; after: boolean }
  /** set: the clerk's first password (setup, claim); reset: a temporary one from the admin; changed: by the clerk. */
  | { kind: 'password'; how: 'set' | 'reset' | 'changed' };

export interface ClerkHistoryEntry {
  opId: string;
  /** Wall-clock time of the change (ms), from the HLC. */
  at: number;
  /** Who made the change (the op's clerk name). */
  by: string;
  clerkId: string;
  change: ClerkChange;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Every clerk's changes, newest first (ops of entity 'clerk'; other entities are ignored). */
export function clerkHistory(ops: readonly Op[]): ClerkHistoryEntry[] {
  const byClerk = new Map<string, Op[]>();
  for (const op of ops) {
    if (op.entity !== 'clerk') continue;
    const list = byClerk.get(op.entityId);
    if (list) list.push(op);
    else byClerk.set(op.entityId, [op]);
  }
  const out: (ClerkHistoryEntry & { hlc: string })[] = [];
  for (const [clerkId, clerkOps] of byClerk) {
    const entries = buildHistory(clerkOps);
    // A reset writes a temporary password (the flag may already be set: not a change of its value, so read the op itself).
    const temporaryIn = new Set(clerkOps.filter((op) => op.fields.passwordTemporary === true).map((op) => op.id));
    const createdIn = new Set<string>();
    for (const e of [...entries].reverse()) {
      const base = { opId: e.opId, at: e.at, by: e.user, clerkId, hlc: e.hlc };
      if (e.creation) {
        if (createdIn.has(e.opId)) continue;
        createdIn.add(e.opId);
        const fields = clerkOps.find((op) => op.id === e.opId)?.fields ?? {};
        out.push({ ...base, change: { kind: 'created', name: text(fields.name), department: text(fields.department), roles: normalizeRoles(fields.roles) } });
        continue;
      }
      if (e.field === 'name' || e.field === 'department') out.push({ ...base, change: { kind: e.field, before: text(e.oldValue), after: text(e.newValue) } });
      else if (e.field === 'roles') out.push({ ...base, change: { kind: 'roles', before: normalizeRoles(e.oldValue), after: normalizeRoles(e.newValue) } });
      else if (e.field === 'active') out.push({ ...base, change: { kind: 'active', after: e.newValue !== false } });
      else if (e.field === 'credential') out.push({ ...base, change: { kind: 'password', how: temporaryIn.has(e.opId) ? 'reset' : e.oldValue === undefined || e.oldValue === null ? 'set' : 'changed' } });
    }
  }
  return out.sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : a.opId < b.opId ? 1 : -1)).map(({ hlc: _hlc, ...entry }) => entry);
}
