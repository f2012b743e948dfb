/**
 * Wires the repositories to one open database. Owns nothing but the wiring:
 * one OpsWriter (one HLC) shared by every repository of the database, so all
 * writes of this PC are ordered on one clock, and one place refuses writes
 * while the app is read-only (WriteContext.readOnly, read fresh per write).
 * With a journal queue, every write is also sent to the host's durable
 * journal and every repository call resolves only once it is on disk there
 * (journal-queue.ts).
 */
import { createArchiveRepository } from './archive-repository';
import { createMonthlyReportsRepository } from './monthly-reports-repository';
import { createShipmentsRepository } from './shipments-repository';
import { createCaseRepository } from './cases-repository';
import { createLedgerImport, existingCases } from './ledger-import-write';
import { createClerkRepository } from './clerks-repository';
import { createEightDRepository } from './eightd-repository';
import { createLifecycleRepositories } from './lifecycle-repositories';
import { createOfficeSettingsRepository } from './office-settings-repository';
import { createDelegationsRepository } from './delegations-repository';
import { createMasterDataRepository } from './master-data-repository';
import { OpsWriter } from './ops-writer';
import { awaitingJournal, type JournalQueue } from './journal-queue';
import { countUnpublished } from './outbox-count';
import { createPrintRepository } from './print-repository';
import { createQualityHistoryReads } from './quality-history-reads';
import { createSignatureChecksRepository } from './signature-checks';
import type { DeskDatabase } from './schema';
import type { Repositories, WriteContext } from './types';

export function createRepositories(db: DeskDatabase, getContext: () => WriteContext, journal: JournalQueue | null = null): Repositories {
  const writer = new OpsWriter(db, () => getContext().readOnly === true, journal);
  if (journal) db.journalWatch = journal;
  const lifecycle = createLifecycleRepositories(db, writer, getContext);
  const eightD = createEightDRepository(db, writer, getContext);
  const repositories: Repositories = {
    cases: { ...createCaseRepository(db, writer, getContext), importLedger: createLedgerImport(db, writer, getContext), existingForImport: () => existingCases(db) },
    clerks: createClerkRepository(db, writer, getContext),
    ...lifecycle,
    // "Start 8D" on the case opens an 8D report (numbered) in the same write that marks the case.
    actions: { ...lifecycle.actions, startEightD: (caseId) => eightD.start(caseId) },
    eightD,
    print: createPrintRepository(db, writer, getContext),
    officeSettings: createOfficeSettingsRepository(db, writer, getContext),
    delegations: createDelegationsRepository(db, writer, getContext),
    masterData: createMasterDataRepository(db, writer, getContext),
    shipments: createShipmentsRepository(db, writer, getContext),
    monthlyReports: createMonthlyReportsRepository(db, writer, getContext),
    qualityHistory: createQualityHistoryReads(db),
    signatureChecks: createSignatureChecksRepository(db),
    archive: createArchiveRepository(db, writer, getContext),
    changes: db.changes,
    pendingOpCount: (atMost?: number) => countUnpublished(db, atMost),
  };
  // The change feed is not a repository call: it is handed on as it is (wrapping would lose its methods).
  return journal ? { ...awaitingJournal(repositories, journal), changes: db.changes } : repositories;
}
