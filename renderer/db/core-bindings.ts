/**
 * How replicated cases and clerks land in their tables: a case's updatedAt/
 * updatedBy come from its latest op, its sparse live index follows `deleted`,
 * and two cases with one number (a cloned PC) both stay, one renamed.
 */
import type { EntityBinding, StoredRecord } from './entity-binding';
import { liveReceivedAtOf, type DeskDatabase } from './schema';

const wallIso = (hlc: string): string => new Date(Number(hlc.slice(0, 15))).toISOString();

/**
 * Two cases with one number can only come from a cloned PC (or a station
 * code given twice). The unique caseNumber index would stop every merge, so
 * the case with the greater id — the same one on every PC, whatever arrived
 * first — is shown as "<number>-<first 4 of its id>"; both stay.
 */
export function duplicateNumberOf(caseNumber: string, id: string): string {
  return `${caseNumber}-${id.slice(0, 4)}`;
}

async function settleCaseNumber(db: DeskDatabase, record: StoredRecord): Promise<StoredRecord> {
  const wanted = record.caseNumber;
  if (typeof wanted !== 'string') return record;
  const holder = await db.table<StoredRecord, string>('cases').where('caseNumber').equals(wanted).first();
  if (!holder || holder.id === record.id) return record;
  if (record.id > holder.id) return { ...record, caseNumber: duplicateNumberOf(wanted, record.id) };
  await db.table<StoredRecord, string>('cases').put({ ...holder, caseNumber: duplicateNumberOf(wanted, holder.id) });
  return record;
}

export const caseBinding: EntityBinding = {
  table: 'cases',
  project(existing, id, fields, latest) {
    const record: StoredRecord = { ...existing, ...fields, id };
    // updatedAt/updatedBy are a projection of the latest op of the case (cases-repository.ts), never ops themselves.
    record.updatedAt = wallIso(latest.hlc);
    record.updatedBy = latest.user;
    if (record.deleted === true) delete record.liveReceivedAt;
    else record.liveReceivedAt = typeof record.receivedAt === 'string' ? liveReceivedAtOf(record.receivedAt) : undefined;
    return record;
  },
  beforePut: settleCaseNumber,
};

export const clerkBinding: EntityBinding = {
  table: 'clerks',
  project(existing, id, fields) {
    const record: StoredRecord = { ...existing, ...fields, id };
    record.nameKey = typeof record.name === 'string' ? record.name.trim().toLowerCase() : '';
    return record;
  },
};
