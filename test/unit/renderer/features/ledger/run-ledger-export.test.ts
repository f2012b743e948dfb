// The ledger export's driver with a stand-in worker: the rows go in parts,
// then the build request; progress is told as rows, then writing; the bytes
// come back; cancel terminates the worker and yields null; a failure in the
// worker is an error.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLedgerExport, type ExportProgress } from '../../../../../renderer/features/ledger/runLedgerExport';
import type { ExportReply, ExportRequest, ExportSettings } from '../../../../../renderer/features/ledger/exportMessages';
import type { LedgerRow } from '../../../../../shared/domain/ledger-row';

class FakeWorker {
  static last: FakeWorker | null = null;
  received: ExportRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: ExportReply }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: ExportRequest) {
    this.received.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: ExportReply) {
    this.onmessage?.({ data });
  }
}

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}` }) as LedgerRow);
const settings = { columns: ['caseNumber'] } as unknown as ExportSettings;

/** Until the driver has sent the build request. */
async function built(worker: FakeWorker): Promise<void> {
  await vi.waitFor(() => expect(worker.received.at(-1)?.kind).toBe('build'));
}

describe('startLedgerExport', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
  afterEach(() => vi.unstubAllGlobals());

  it('sends the rows in parts, then the build request, tells the progress and hands back the bytes', async () => {
    const progress: ExportProgress[] = [];
    const job = startLedgerExport(rows(12_000), settings, (p) => progress.push(p));
    const worker = FakeWorker.last!;
    await built(worker);
    expect(worker.received.map((r) => (r.kind === 'rows' ? r.rows.length : r.kind))).toEqual([5_000, 5_000, 2_000, 'build']);
    expect(worker.received.flatMap((r) => (r.kind === 'rows' ? r.rows.map((row) => row.id) : []))).toEqual(rows(12_000).map((r) => r.id));
    worker.reply({ kind: 'progress', done: 2_000, total: 12_500 });
    worker.reply({ kind: 'progress', done: 12_500, total: 12_500 });
    const bytes = new Uint8Array([1, 2, 3]);
    worker.reply({ kind: 'done', bytes });
    expect(await job.result).toBe(bytes);
    expect(worker.terminated).toBe(true);
    expect(progress).toEqual([{ phase: 'rows', done: 0, total: 12_000 }, { phase: 'rows', done: 2_000, total: 12_500 }, { phase: 'writing' }]);
  });

  it('cancels: the worker is terminated, the result is null, later replies are ignored', async () => {
    const job = startLedgerExport(rows(10), settings, () => {});
    const worker = FakeWorker.last!;
    job.cancel();
    expect(worker.terminated).toBe(true);
    worker.reply({ kind: 'done', bytes: new Uint8Array([1]) });
    expect(await job.result).toBeNull();
  });

  it('rejects with the worker\'s failure', async () => {
    const job = startLedgerExport(rows(0), settings, () => {});
    const worker = FakeWorker.last!;
    await built(worker);
    worker.reply({ kind: 'failed', message: 'out of memory' });
    await expect(job.result).rejects.toThrow('out of memory');
    expect(worker.terminated).toBe(true);
  });
});
