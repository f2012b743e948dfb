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

/**
 * The case numbers of a merged batch, settled (duplicateNumberOf) against the
 * stored cases and within the batch, in the batch's order — as if each were
 * stored in turn. One query for all the numbers; a stored case that must
 * give up its number is stored renamed here, before the batch.
 */
async function settleCaseNumbers(db: DeskDatabase, records: StoredRecord[]): Promise<StoredRecord[]> {
  const cases = db.table<StoredRecord, string>('cases');
  const wanted = [...new Set(records.map((r) => r.caseNumber).filter((n): n is string => typeof n === 'string'))];
  if (wanted.length === 0) return records;
  const inBatch = new Set(records.map((r) => r.id));
  /** Who holds each number now: a stored case outside the batch, or a record of the batch settled before. */
  const holders = new Map<string, { record: StoredRecord; stored: boolean }>();
  for (const held of await cases.where('caseNumber').anyOf(wanted).toArray()) if (!inBatch.has(held.id)) holders.set(held.caseNumber as string, { record: held, stored: true });
  const out = [...records];
  const renamedStored: StoredRecord[] = [];
  out.forEach((record, i) => {
    const number = record.caseNumber;
    if (typeof number !== 'string') return;
    const holder = holders.get(number);
    if (holder && holder.record.id !== record.id) {
      if (record.id > holder.record.id) {
        out[i] = { ...record, caseNumber: duplicateNumberOf(number, record.id) };
        return;
      }
      const renamed = { ...holder.record, caseNumber: duplicateNumberOf(number, holder.record.id) };
      if (holder.stored) renamedStored.push(renamed);
      else out[out.indexOf(holder.record)] = renamed;
    }
    holders.set(number, { record: out[i]!, stored: false });
  });
  if (renamedStored.length) await cases.bulkPut(renamedStored);
  return out;
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
  settle: settleCaseNumbers,
};

export const clerkBinding: EntityBinding = {
  table: 'clerks',
  project(existing, id, fields) {
    const record: StoredRecord = { ...existing, ...fields, id };
    record.nameKey = typeof record.name === 'string' ? record.name.trim().toLowerCase() : '';
    return record;
  },
};
