// The durable journal (electron/services/journal) on real temp folders: what
// a crash leaves behind (a torn last line), damage on disk, the size caps,
// roll-over and the checkpoint.
import { appendFile, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalWrite } from '../../../../../shared/ipc/journal-contract';
import { journalAppendArgs } from '../../../../../shared/ipc/journal-contract';
import { journalFileName } from '../../../../../electron/services/journal/journal-files';
import { encodeLine } from '../../../../../electron/services/journal/journal-line';
import { createJournalService, type JournalServiceOptions } from '../../../../../electron/services/journal/journal-service';
import { quietLogger, tempDir } from '../../helpers';

const identity = { databaseName: 'complaint-desk-x', deviceId: 'dev-a', clerk: { id: 'c1', name: '王芳' } };

function op(n: number, field = 'customerName') {
  return { id: `op-${n}`, hlc: `${String(1_700_000_000_000 + n).padStart(15, '0')}-0000`, deviceId: 'dev-a', user: '王芳', entity: 'case', entityId: `case-${n}`, fields: { [field]: `客户 ${n}` }, schemaVersion: 2 };
}

function write(n: number, serial = n): JournalWrite {
  return { id: `w-${n}`, part: 0, parts: 1, ops: [op(n)], serials: { 'serial:2611-B-{SEQ}': serial } };
}

const open: ReturnType<typeof createJournalService>[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((j) => j.close()));
});

function service(dir: string, extra: Partial<JournalServiceOptions> = {}) {
  const log = quietLogger();
  const journal = createJournalService({ dir, logger: log.logger, ...extra });
  open.push(journal);
  return { journal, log };
}

async function readAll(journal: ReturnType<typeof createJournalService>, maxBytes?: number) {
  const entries = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await journal.read({ cursor, maxBytes });
    entries.push(...page.entries);
    cursor = page.next;
    pages++;
  } while (cursor !== null);
  return { entries, pages };
}

describe('journal service', () => {
  it('appends writes, keeps the highest serials and the newest HLC, and reads them back in order after a restart', async () => {
    const dir = await tempDir();
    const { journal } = service(dir);
    for (let n = 1; n <= 3; n++) await journal.append({ identity, writes: [write(n)] });
    await journal.markPublished(['op-1']);
    await journal.close();

    const { journal: again } = service(dir);
    const state = await again.state();
    expect(state).toMatchObject({ identity, writes: 3, ops: 3, lastHlc: op(3).hlc, serials: { 'serial:2611-B-{SEQ}': 3 }, damaged: [], tornTails: 0 });
    const { entries } = await readAll(again);
    expect(entries.map((e) => (e.kind === 'write' ? e.ops[0]!.id : `pub:${e.ids.join()}`))).toEqual(['op-1', 'op-2', 'op-3', 'pub:op-1']);
  });

  it('reads a journal written by the app of op format 1 (one field per op) as one-field ops with the same ids', async () => {
    const dir = await tempDir();
    const { journal } = service(dir);
    await journal.append({ identity, writes: [write(1)] });
    await journal.close();
    const legacy = { id: 'op-old', hlc: op(2).hlc, deviceId: 'dev-a', user: '王芳', entity: 'case', entityId: 'case-2', field: 'lotNumber', value: 'L2611A', schemaVersion: 1, base: { hlc: op(1).hlc, deviceId: 'dev-a', id: 'op-1' } };
    await appendFile(join(dir, journalFileName(1)), encodeLine({ t: 'w', id: 'w-old', p: 0, n: 1, ops: [legacy as unknown as JournalWrite['ops'][number]], s: {} }));
    const { journal: again } = service(dir);
    const { entries } = await readAll(again);
    expect(entries.flatMap((e) => (e.kind === 'write' ? e.ops : []))).toEqual([
      op(1),
      { id: 'op-old', hlc: op(2).hlc, deviceId: 'dev-a', user: '王芳', entity: 'case', entityId: 'case-2', fields: { lotNumber: 'L2611A' }, bases: { lotNumber: { hlc: op(1).hlc, deviceId: 'dev-a', id: 'op-1' } }, schemaVersion: 1 },
    ]);
  });

  it('drops a torn last line (crash during the append): set aside, the rest kept, appends go on after it', async () => {
    const dir = await tempDir();
    const { journal } = service(dir);
    await journal.append({ identity, writes: [write(1)] });
    await journal.append({ identity, writes: [write(2)] });
    await journal.close();
    const file = join(dir, journalFileName(1));
    const whole = await readFile(file, 'utf8');
    await truncate(file, Buffer.byteLength(whole) - 25); // the second write cut short

    const { journal: again, log } = service(dir);
    expect(await again.state()).toMatchObject({ writes: 1, ops: 1, tornTails: 1, damaged: [] });
    expect(log.lines.join('\n')).toMatch(/moved to ops-000001\.jsonl\.torn/);
    await again.append({ identity, writes: [write(3)] });
    const { entries } = await readAll(again);
    expect(entries.map((e) => (e.kind === 'write' ? e.ops[0]!.id : ''))).toEqual(['op-1', 'op-3']);
    expect((await readdir(dir)).sort()).toContain('ops-000001.jsonl.torn');
  });

  it('treats zeros the file system left after a power cut as a torn tail', async () => {
    const dir = await tempDir();
    const { journal } = service(dir);
    await journal.append({ identity, writes: [write(1)] });
    await journal.close();
    await appendFile(join(dir, journalFileName(1)), Buffer.alloc(300));
    const { journal: again } = service(dir);
    expect(await again.state()).toMatchObject({ writes: 1, tornTails: 1, damaged: [] });
  });

  it('reports a damaged line in the middle, skips it and keeps every other write', async () => {
    const dir = await tempDir();
    const { journal } = service(dir);
    for (let n = 1; n <= 3; n++) await journal.append({ identity, writes: [write(n)] });
    await journal.close();
    const file = join(dir, journalFileName(1));
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[2] = lines[2]!.replace('客户 2', '客户 X'); // line 0 is the identity; line 2 holds op-2
    await writeFile(file, lines.join('\n'));
    await writeFile(join(dir, 'state.json'), 'not json'); // no usable checkpoint: a full scan

    const { journal: again, log } = service(dir);
    const state = await again.state();
    expect(state.writes).toBe(2);
    expect(state.damaged).toEqual([{ file: 'ops-000001.jsonl', offset: expect.any(Number) as number, reason: 'checksum mismatch' }]);
    expect(log.lines.join('\n')).toMatch(/1 damaged line/);
    const { entries } = await readAll(again);
    expect(entries.map((e) => (e.kind === 'write' ? e.ops[0]!.id : ''))).toEqual(['op-1', 'op-3']);
  });

  it('counts a write sent in parts only once all its parts are in', async () => {
    const dir = await tempDir();
    const { journal } = service(dir);
    await journal.append({ identity, writes: [{ ...write(1), id: 'big', part: 0, parts: 2 }] });
    expect((await journal.state()).writes).toBe(0);
    await journal.append({ identity, writes: [{ ...write(2), id: 'big', part: 1, parts: 2 }] });
    expect(await journal.state()).toMatchObject({ writes: 1, ops: 2 });
    // A write whose second part never came (crash between the parts) is dropped, the next one counts.
    await journal.append({ identity, writes: [{ ...write(3), id: 'cut', part: 0, parts: 2 }] });
    await journal.append({ identity, writes: [write(4)] });
    await journal.close();
    const { journal: again } = service(dir);
    expect(await again.state()).toMatchObject({ writes: 2, ops: 3, lastHlc: op(4).hlc });
    const { entries } = await readAll(again);
    expect(entries.map((e) => (e.kind === 'write' ? e.ops.map((o) => o.id).join('+') : ''))).toEqual(['op-1+op-2', 'op-4']);
  });

  it('rolls over to the next file past the size cap, reads across files in pages, and starts from the checkpoint', async () => {
    const dir = await tempDir();
    const { journal } = service(dir, { maxFileBytes: 2000, checkpointEvery: 5 });
    for (let n = 1; n <= 40; n++) await journal.append({ identity, writes: [write(n)] });
    await journal.close();
    const files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThan(3);
    const { journal: again } = service(dir, { maxFileBytes: 2000 });
    expect(await again.state()).toMatchObject({ writes: 40, ops: 40, serials: { 'serial:2611-B-{SEQ}': 40 } });
    const { entries, pages } = await readAll(again, 1024);
    expect(entries).toHaveLength(40);
    expect(pages).toBeGreaterThan(5);
  });

  it('refuses oversized calls at the contract and a bad cursor with a clear error', async () => {
    const many = Array.from({ length: 5001 }, (_, i) => op(i));
    const parsed = journalAppendArgs.safeParse({ identity, writes: [{ id: 'w', part: 0, parts: 1, ops: many, serials: {} }] });
    expect(parsed.success).toBe(false);
    const dir = await tempDir();
    const { journal } = service(dir);
    await expect(journal.read({ cursor: 'nonsense' })).rejects.toThrow(/not a journal position/);
  });

  it('writes an identity line when the clerk changes', async () => {
    const dir = await tempDir();
    const { journal } = service(dir);
    await journal.append({ identity, writes: [write(1)] });
    await journal.append({ identity: { ...identity, clerk: { id: 'c2', name: '李雷' } }, writes: [write(2)] });
    expect((await journal.state()).identity?.clerk).toEqual({ id: 'c2', name: '李雷' });
  });
});
