/**
 * The delegations repository (委托授权, shared/domain/clerks/delegation.ts):
 * owns the office's delegation records. Each is one record of the office
 * settings table and entity (id DELEGATION_ID_PREFIX + a new id), so it
 * replicates with history like the office's rules, with no table of its
 * own. A delegation is written once; ending it early writes endedAt and
 * endedBy; nothing deletes one. Made or ended by the delegator himself or
 * an admin (checked in the write's transaction, which reads the clerk list).
 */
import { buildHistory } from '../../shared/domain/history';
import type { DelegationHistoryEntry, DelegationsRepository } from './delegation-types';
import { checkDelegation, checkEndDelegation, delegatedRolesOf, DELEGATION_ID_PREFIX, readDelegation, type DelegableRole, type DelegatedRole, type Delegation, type DelegationClerk, type DelegationInput } from '../../shared/domain/clerks/delegation';
import type { JsonValue } from '../../shared/sync/op';
import { toClerk } from './clerk-records';
import { newId } from './ids';
import type { OpsWriter } from './ops-writer';
import type { DeskDatabase } from './schema';
import { RecordNotFoundError, ValidationFailedError, type WriteContext } from './types';

/** Every stored delegation record as the rules read it (call inside a transaction that includes officeSettings, or none). */
export async function loadDelegations(db: DeskDatabase): Promise<Delegation[]> {
  const records = await db.officeSettings.where('id').startsWith(DELEGATION_ID_PREFIX).toArray();
  return records.map(readDelegation).filter((d): d is Delegation => d !== null);
}

/** The clerk list as the delegation rules read it. */
export async function delegationClerks(db: DeskDatabase): Promise<DelegationClerk[]> {
  return (await db.clerks.toArray()).map((stored) => {
    const c = toClerk(stored);
    return { id: c.id, name: c.name, active: c.active, roles: c.roles, hasPassword: c.hasPassword, deleted: c.deleted };
  });
}

/** The roles `clerkId` holds by delegation at `at` (inside a transaction that includes officeSettings and clerks). */
export async function delegatedRolesNow(db: DeskDatabase, clerkId: string, at: number): Promise<DelegatedRole[]> {
  return delegatedRolesOf(clerkId, await loadDelegations(db), await delegationClerks(db), at);
}

const refuseUnless = (problems: Record<string, string | null | undefined>): void => {
  const found = Object.fromEntries(Object.entries(problems).filter((e): e is [string, string] => typeof e[1] === 'string'));
  if (Object.keys(found).length) throw new ValidationFailedError(found);
};

export function createDelegationsRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): DelegationsRepository {
  async function put(ctx: WriteContext, record: Delegation, fields: Record<string, JsonValue>, isNew: boolean): Promise<Delegation> {
    const stamp = await writer.stamp(ctx.now);
    // Fields a newer app wrote on the record stay.
    await db.officeSettings.put({ ...(await db.officeSettings.get(record.id)), ...record });
    await writer.append(writer.build(ctx, stamp, 'officeSettings', record.id, fields), { newRecords: isNew });
    return record;
  }

  return {
    async list() {
      return (await loadDelegations(db)).sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));
    },

    async create(input) {
      const ctx = getContext();
      return db.transaction('rw', [db.officeSettings, db.clerks, ...writer.tables], async () => {
        const clerks = await delegationClerks(db);
        const clean: DelegationInput = { ...input, reason: input.reason.trim() };
        refuseUnless(checkDelegation(clean, clerks, ctx.clerkId ?? null, ctx.now()));
        const now = ctx.now();
        const nameOf = (id: string) => clerks.find((c) => c.id === id)?.name ?? '';
        const record: Delegation = {
          id: DELEGATION_ID_PREFIX + newId(now),
          delegatorId: clean.delegatorId,
          delegatorName: nameOf(clean.delegatorId),
          delegateId: clean.delegateId,
          delegateName: nameOf(clean.delegateId),
          // checkDelegation refused any other role.
          role: clean.role as DelegableRole,
          from: clean.from,
          to: clean.to,
          reason: clean.reason,
          createdBy: ctx.clerkId!,
          createdAt: new Date(now).toISOString(),
          endedAt: null,
          endedBy: null,
        };
        const { id: _id, ...fields } = record;
        return put(ctx, record, fields, true);
      });
    },

    async end(id) {
      const ctx = getContext();
      return db.transaction('rw', [db.officeSettings, db.clerks, ...writer.tables], async () => {
        const current = readDelegation(await db.officeSettings.get(id));
        if (!current) throw new RecordNotFoundError('delegation', id);
        const actor = (await delegationClerks(db)).find((c) => c.id === ctx.clerkId);
        refuseUnless({ actor: checkEndDelegation(current, actor) });
        const ended = { endedAt: new Date(ctx.now()).toISOString(), endedBy: ctx.clerkId! };
        return put(ctx, { ...current, ...ended }, ended, false);
      });
    },

    async history() {
      const ops = await db.ops.where('[entity+entityId]').between(['officeSettings', DELEGATION_ID_PREFIX], ['officeSettings', DELEGATION_ID_PREFIX + '\uffff']).toArray();
      const byId = new Map<string, typeof ops>();
      for (const op of ops) byId.set(op.entityId, [...(byId.get(op.entityId) ?? []), op]);
      const entries: DelegationHistoryEntry[] = [];
      for (const [delegationId, list] of byId) for (const e of buildHistory(list)) entries.push({ ...e, delegationId });
      return entries.sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));
    },
  };
}
