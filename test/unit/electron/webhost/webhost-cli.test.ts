import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultProfilePath, parseArgs, UsageError } from '../../../../electron/webhost/cli';
import { tempDir } from '../helpers';

const CLI = 'electron/webhost/cli.ts';

describe('web host command line: options', () => {
  it('defaults: profile in the user config folder, no share, no port (the remembered one)', () => {
    expect(parseArgs([], { XDG_CONFIG_HOME: '/cfg' })).toEqual({ profilePath: defaultProfilePath({ XDG_CONFIG_HOME: '/cfg' }) });
    expect(defaultProfilePath({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/ComplaintReturnDesk/web-profile');
    expect(defaultProfilePath({ HOME: '/home/u' }, 'linux')).toMatch(/\.config[\\/]ComplaintReturnDesk[\\/]web-profile$/);
    expect(defaultProfilePath({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toContain('ComplaintReturnDesk');
  });

  it('reads --profile, --share and --port (also as --name=value)', () => {
    expect(parseArgs(['--profile', '/tmp/p', '--share', '/tmp/s', '--port', '8123'])).toEqual({ profilePath: '/tmp/p', sharePath: '/tmp/s', port: 8123 });
    expect(parseArgs(['--port=0', '--profile=/tmp/q'])).toEqual({ profilePath: '/tmp/q', port: 0 });
  });

  it.each([
    [['--port', 'abc'], /--port must be a number/],
    [['--port', '70000'], /--port must be a number/],
    [['--port', '-1'], /needs a value|--port must be a number/],
    [['--port'], /--port needs a value/],
    [['--profile', '--port', '1'], /--profile needs a value/],
    [['--bogus'], /Unknown option "--bogus"/],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

function runCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

/** Waits up to 15 s for the host's first line on stdout. */
async function firstLine(run: ReturnType<typeof runCli>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!run.out().includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

/** A stand-in built renderer folder (an index.html). */
async function builtRenderer(): Promise<string> {
  const renderer = await tempDir();
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>t</title>');
  return renderer;
}

/** The port of the URL line the host prints. */
async function urlPort(run: ReturnType<typeof runCli>): Promise<number> {
  await firstLine(run);
  const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(run.out());
  if (!match) throw new Error(`no URL printed; stderr: ${run.err()}`);
  return Number(match[1]);
}

describe('web host command line: process', () => {
  it('prints exactly one URL line, serves, and stops cleanly on SIGTERM', async () => {
    const profile = join(await tempDir(), 'profile');
    const share = await tempDir();
    const run = runCli(['--profile', profile, '--share', share, '--port', '0'], { DESK_WEBHOST_RENDERER_DIR: await builtRenderer() });
    await firstLine(run);
    const lines = run.out().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const match = /^Complaint & Return Desk web host: http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)$/.exec(lines[0]!);
    expect(match).not.toBeNull();
    const [, port, token] = match!;
    const res = await fetch(`http://127.0.0.1:${port}/rpc/settings:get`, { method: 'POST', headers: { 'x-desk-token': token! }, body: '{}' });
    expect(await res.json()).toMatchObject({ ok: true, value: { sharePath: share } });
    expect(JSON.parse(await readFile(join(profile, 'settings.json'), 'utf8'))).toMatchObject({ sharePath: share });
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.out().split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('comes back on the port the profile used last time; a second host on that profile is refused with the reason', async () => {
    const profile = join(await tempDir(), 'profile');
    const env = { DESK_WEBHOST_RENDERER_DIR: await builtRenderer() };

    const first = runCli(['--profile', profile], env);
    const port = await urlPort(first);
    expect(JSON.parse(await readFile(join(profile, 'web-host.json'), 'utf8'))).toEqual({ port });

    const second = runCli(['--profile', profile], env);
    expect(await second.exited).toBe(1);
    expect(second.err()).toContain(`Port ${port} is in use`);
    expect(second.err()).toContain('already running');
    expect(second.out()).toBe('');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const again = runCli(['--profile', profile], env);
    expect(await urlPort(again)).toBe(port);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);

    // --port 0: a free port this once, the remembered one stays
    const once = runCli(['--profile', profile, '--port', '0'], env);
    expect(await urlPort(once)).not.toBe(port);
    once.child.kill('SIGTERM');
    await once.exited;
    expect(JSON.parse(await readFile(join(profile, 'web-host.json'), 'utf8'))).toEqual({ port });
  });

  it('a damaged web-host.json means no port yet: a free one is taken and remembered', async () => {
    const profile = await tempDir();
    await writeFile(join(profile, 'web-host.json'), '{"port": "eighty"');
    const run = runCli(['--profile', profile], { DESK_WEBHOST_RENDERER_DIR: await builtRenderer() });
    const port = await urlPort(run);
    expect(JSON.parse(await readFile(join(profile, 'web-host.json'), 'utf8'))).toEqual({ port });
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('exits 1 telling to build the renderer when it is missing', async () => {
    const run = runCli(['--profile', join(await tempDir(), 'p')], { DESK_WEBHOST_RENDERER_DIR: await tempDir() });
    expect(await run.exited).toBe(1);
    expect(run.err()).toContain('npm run build:renderer');
    expect(run.out()).toBe('');
  });

  it('exits 2 on a bad port', async () => {
    const run = runCli(['--port', 'eighty'], {});
    expect(await run.exited).toBe(2);
    expect(run.err()).toContain('--port must be a number');
  });
});
