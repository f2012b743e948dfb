/**
 * Wires the repositories to one open database. Owns nothing but the wiring:
 * one OpsWriter (one HLC) shared by every repository of the database, so all
 * writes of this PC are ordered on one clock, and one place refuses writes
 * while the app is read-only (WriteContext.readOnly, read fresh per write).
 */
import { createCaseRepository } from './cases-repository';
import { createClerkRepository } from './clerks-repository';
import { createLifecycleRepositories } from './lifecycle-repositories';
import { OpsWriter } from './ops-writer';
import { createPrintRepository } from './print-repository';
import type { DeskDatabase } from './schema';
import type { Repositories, WriteContext } from './types';

export function createRepositories(db: DeskDatabase, getContext: () => WriteContext): Repositories {
  const writer = new OpsWriter(db, () => getContext().readOnly === true);
  return {
    cases: createCaseRepository(db, writer, getContext),
    clerks: createClerkRepository(db, writer, getContext),
    ...createLifecycleRepositories(db, writer, getContext),
    print: createPrintRepository(db, writer, getContext),
    pendingOpCount: () => db.ops.where('published').equals(0).count(),
  };
}
