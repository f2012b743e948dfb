// A real journal service (electron/services/journal) on a temp folder, as the
// three journal:* calls of a DesktopApi, with the contract's argument checks
// the dispatcher makes — for renderer tests that need a host journal.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { journalAppendArgs, journalReadArgs } from '../../../../shared/ipc/journal-contract';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import { silentLogger } from '../../../../electron/services/errors';
import { createJournalBlobs } from '../../../../electron/services/journal/journal-blobs';
import { createJournalService, type JournalService } from '../../../../electron/services/journal/journal-service';
import { journalBlobGetArgs, journalBlobPutArgs } from '../../../../shared/ipc/journal-contract';

const made: { dir: string; services: JournalService[] }[] = [];

afterEach(async () => {
  for (const m of made.splice(0)) {
    await Promise.all(m.services.map((s) => s.close()));
    await rm(m.dir, { recursive: true, force: true });
  }
});

export type JournalApi = Pick<DesktopApi, 'journalAppend' | 'journalState' | 'journalRead' | 'journalBlobPut' | 'journalBlobGet'>;

export interface JournalHost {
  dir: string;
  service: JournalService;
  api: JournalApi;
  /** Calls made to journalAppend so far. */
  appends: number;
  /** The same folder through a fresh service (a host restart). */
  restart(): JournalHost;
  /** While set, journalAppend fails (disk full, host gone). */
  failWith: string | null;
}

function hostOn(dir: string, entry: { dir: string; services: JournalService[] }): JournalHost {
  const service = createJournalService({ dir, logger: silentLogger });
  const blobs = createJournalBlobs(join(dir, 'blobs'));
  entry.services.push(service);
  const host: JournalHost = {
    dir,
    service,
    appends: 0,
    failWith: null,
    api: {
      journalAppend: async (args) => {
        host.appends++;
        if (host.failWith) throw new Error(host.failWith);
        return service.append(journalAppendArgs.parse(args));
      },
      journalState: () => service.state(),
      journalRead: (args) => service.read(journalReadArgs.parse(args)),
      journalBlobPut: (args) => {
        const a = journalBlobPutArgs.parse(args);
        return blobs.put(a.sha256, a.offset, Buffer.from(a.data, 'base64'), a.total);
      },
      journalBlobGet: async (args) => {
        const a = journalBlobGetArgs.parse(args);
        const r = await blobs.get(a.sha256, a.offset, a.length);
        return { data: Buffer.from(r.data).toString('base64'), total: r.total, present: r.present };
      },
    },
    restart: () => hostOn(dir, entry),
  };
  return host;
}

export function journalHost(): JournalHost {
  const dir = mkdtempSync(join(tmpdir(), 'desk-journal-'));
  const entry = { dir, services: [] as JournalService[] };
  made.push(entry);
  return hostOn(join(dir, 'journal'), entry);
}
