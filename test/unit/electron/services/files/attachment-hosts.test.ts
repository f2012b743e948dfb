// files:open-attachment through each host's real path: the handler table and
// dispatcher Electron's main process registers (with shell.openPath /
// shell.showItemInFolder spied), and the web host's HTTP endpoint (with its
// system viewer spied). A hostile attachment reaches neither opener.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../../electron/services/dispatcher';
import { createHandlers } from '../../../../../electron/services/handlers';
import { openSettingsStore } from '../../../../../electron/services/settings-store';
import { createWebHost, TOKEN_HEADER } from '../../../../../electron/webhost/server';
import { SAMPLES } from '../../../shared/files/samples';
import { quietLogger, tempDir } from '../../helpers';

function args(fileName: string, bytes: Uint8Array) {
  return { fileName, sha256: createHash('sha256').update(bytes).digest('hex'), dataBase64: Buffer.from(bytes).toString('base64') };
}

type Call = (channelArgs: ReturnType<typeof args>) => Promise<unknown>;

async function electronHost() {
  const profilePath = await tempDir('desk-electron-');
  const calls: string[] = [];
  const logger = quietLogger().logger;
  const handlers = createHandlers({
    profilePath,
    host: 'electron',
    version: '1.0.0',
    settingsStore: await openSettingsStore({ profilePath, logger, now: () => Date.parse('2026-11-23T02:00:00Z') }),
    now: () => Date.parse('2026-11-23T02:00:00Z'),
    logger,
    openPath: (path) => {
      calls.push(`openPath ${path}`);
      return Promise.resolve('');
    },
    showItemInFolder: (path) => void calls.push(`showItemInFolder ${path}`),
  });
  const dispatch = createDispatcher(handlers, logger);
  const call: Call = (a) => dispatch('files:open-attachment', a);
  return { calls, call, close: () => Promise.resolve() };
}

async function webHost() {
  const root = await tempDir('desk-web-');
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html>');
  const calls: string[] = [];
  const host = await createWebHost({
    profilePath: join(root, 'profile'),
    rendererDir: join(root, 'renderer'),
    logger: quietLogger().logger,
    openPath: (path) => {
      calls.push(`openPath ${path}`);
      return Promise.resolve('');
    },
  });
  const call: Call = async (a) => {
    const reply = await fetch(`http://127.0.0.1:${host.port}/rpc/files:open-attachment`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: JSON.stringify(a),
    });
    return reply.json();
  };
  return { calls, call, close: () => host.close() };
}

describe.each([
  ['Electron (handler table + dispatcher)', electronHost],
  ['web host (HTTP)', webHost],
])('files:open-attachment in %s', (_name, start) => {
  it.each([
    ['质量报告.pdf.exe', SAMPLES.exe, 'program'],
    ['x.lnk', SAMPLES.lnk, 'program'],
    ['x.sh', SAMPLES.shellScript, 'program'],
    ['照片.jpg      .hta', SAMPLES.elf, 'program'],
    ['photos.zip', SAMPLES.plainZip, 'unknownType'],
  ])('refuses %j (%#) and opens nothing', async (fileName, bytes, reason) => {
    const host = await start();
    try {
      expect(await host.call(args(fileName, bytes))).toEqual({ ok: true, value: { outcome: 'refused', reason } });
      expect(host.calls).toEqual([]);
    } finally {
      await host.close();
    }
  });

  it('opens PDF bytes named 质量报告.pdf.exe as 质量报告.pdf', async () => {
    const host = await start();
    try {
      expect(await host.call(args('质量报告.pdf.exe', SAMPLES.pdf))).toEqual({ ok: true, value: { outcome: 'opened', fileName: '质量报告.pdf' } });
      expect(host.calls).toHaveLength(1);
      expect(host.calls[0]!.startsWith('openPath ')).toBe(true);
      expect(basename(host.calls[0]!)).toBe('质量报告.pdf');
    } finally {
      await host.close();
    }
  });
});
