// Reading one attachment from the share the way a PC downloads it: the
// `sync:blob-get` handler called chunk after chunk (BLOB_CHUNK bytes each)
// until the whole blob has arrived, on a real Samba share
// (../shared/tools/samba-share.sh) and on a local folder, with the load
// average around each. `BENCH_ONLY=blob npm run bench`; BENCH_BLOB_MB
// (default 50) sets the size. Before issue 11 every chunk call read and
// hashed the whole blob (100 × 50 MB for one 50 MB download).
import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '../../electron/services/errors';
import { openSettingsStore } from '../../electron/services/settings-store';
import { createSyncService } from '../../electron/services/sync/sync-service';
import { BLOB_CHUNK } from '../../shared/ipc/sync-contract';

const SIZE = Number(process.env.BENCH_BLOB_MB ?? 50) * 1024 * 1024;
const SAMBA = resolve(import.meta.dirname, '../../../shared/tools/samba-share.sh');

async function measure(sharePath: string): Promise<Record<string, unknown>> {
  const profile = await mkdtemp(join(tmpdir(), 'bench-blob-'));
  const settingsStore = await openSettingsStore({ profilePath: profile, logger: silentLogger, now: () => Date.now() });
  await settingsStore.update({ sharePath });
  const service = createSyncService({ profilePath: profile, settingsStore, appVersion: '0.1.0', fingerprint: () => 'fp-bench', now: () => Date.now(), maintenance: false });
  await service.syncJoin({});
  const bytes = randomBytes(SIZE);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  for (let offset = 0; offset < SIZE; offset += BLOB_CHUNK) {
    const data = bytes.subarray(offset, offset + BLOB_CHUNK).toString('base64');
    await service.syncBlobPut({ sha256, offset, total: SIZE, data });
  }
  const load = loadavg()[0]!.toFixed(2);
  const t0 = performance.now();
  const hash = createHash('sha256');
  let offset = 0;
  let calls = 0;
  for (;;) {
    const got = await service.syncBlobGet({ sha256, offset, length: BLOB_CHUNK });
    calls++;
    const chunk = Buffer.from(got.data, 'base64');
    hash.update(chunk);
    offset += chunk.length;
    if (offset >= got.total || chunk.length === 0) break;
  }
  const ms = performance.now() - t0;
  if (hash.digest('hex') !== sha256) throw new Error('the blob read back differs');
  await rm(profile, { recursive: true, force: true });
  return { sizeMB: SIZE / 1024 / 1024, chunkCalls: calls, ms: Math.round(ms), loadAverage1m: { before: load, after: loadavg()[0]!.toFixed(2) } };
}

export async function runBlobReadBench(): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = {};
  const local = await mkdtemp(join(tmpdir(), 'bench-blob-share-'));
  figures.folder = await measure(local);
  await rm(local, { recursive: true, force: true });
  const state = await mkdtemp(join(tmpdir(), 'bench-blob-samba-'));
  try {
    const out = execFileSync('bash', [SAMBA, 'start', state], { encoding: 'utf8', timeout: 300_000 });
    const mounted = out.trim().split('\n').pop() ?? '';
    const dir = join(mounted, `bench-${process.pid}`);
    await mkdir(dir, { recursive: true });
    figures.samba = await measure(dir);
  } catch (error) {
    figures.samba = `not measured: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    try {
      execFileSync('bash', [SAMBA, 'stop', state]);
    } catch {
      /* never started */
    }
    await rm(state, { recursive: true, force: true });
  }
  return figures;
}
