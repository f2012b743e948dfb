import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnoseShare } from '../../../../../electron/services/sync/share-doctor';
import { intake } from '../../../renderer/db/helpers';
import { makePc } from '../../../sync/pcs';
import { folderBackend, type ShareBackend } from '../../../sync/share-backends';

let folder: ShareBackend;
beforeAll(async () => {
  folder = await folderBackend();
});
afterAll(async () => folder?.close());

describe('share doctor', () => {
  it('reports devices, counts and damage; the CLI exits non-zero on integrity errors', async () => {
    const dir = await folder.fresh();
    const a = await makePc('a', dir);
    const b = await makePc('b', dir);
    await a.repos.cases.create(intake());
    await a.round();
    await b.round();
    const now = Date.parse('2026-11-23T03:00:00Z');
    const healthy = await diagnoseShare(dir, { now });
    expect(healthy.errors).toEqual([]);
    expect(healthy.devices).toHaveLength(2);
    expect(healthy.segments).toBe(1);
    expect(healthy.ops).toBe(1); // one op per record write: the case's creation
    expect(healthy.root).toMatchObject({ formatVersion: 2 });
    const cli = (d: string) => {
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'electron/services/sync/share-doctor-cli.ts', d], { encoding: 'utf8' });
        return 0;
      } catch (e) {
        return (e as { status: number }).status;
      }
    };
    expect(cli(dir)).toBe(0);
    const seg = (await diagnoseShare(dir, { now })).devices[0]!;
    expect(seg.lastSeq).toBe(seg.segmentsSeq);
    const { readdir } = await import('node:fs/promises');
    const files = (await readdir(`${dir}/qsync/log`, { recursive: true })).filter((f) => f.endsWith('.seg'));
    const path = `${dir}/qsync/log/${files[0]}`;
    await writeFile(path, (await readFile(path, 'utf8')).slice(0, 200));
    const damaged = await diagnoseShare(dir, { now });
    expect(damaged.errors.join('\n')).toMatch(/truncated|badHash/);
    expect(cli(dir)).toBe(1);
  }, 60_000);
});
