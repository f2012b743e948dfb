import { request } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebHost, LARGE_BODY_CHANNELS, MAX_BODY_BYTES, TOKEN_HEADER } from '../../../../electron/webhost/server';
import { MAX_PRINT_BODY_BYTES, MAX_PRINT_HTML_BYTES } from '../../../../shared/ipc/print-contract';
import type { WebHost } from '../../../../electron/webhost/server';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/services/csp';
import { quietLogger, tempDir } from '../helpers';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): unknown;
}

function send(port: number, options: { method?: string; path: string; headers?: Record<string, string | number>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
      });
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(extra: { sharePath?: string } = {}) {
  const root = await tempDir('desk-webhost-');
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>客诉退货台</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'style.css'), 'body{}');
  await writeFile(join(root, 'secret.txt'), 'TOP SECRET');
  const profilePath = join(root, 'profile');
  host = await createWebHost({ profilePath, rendererDir, port: 0, logger: quietLogger().logger, version: '9.9.9', ...extra });
  const rpc = (channel: string, body?: unknown, headers: Record<string, string> = {}) =>
    send(host!.port, {
      method: 'POST',
      path: `/rpc/${channel}`,
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host!.token, ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { root, profilePath, host, rpc };
}

describe('web host', () => {
  it('listens on 127.0.0.1 with a free port and a long random token', async () => {
    const { host: h } = await start();
    expect(h.port).toBeGreaterThan(0);
    expect(h.token).toMatch(/^[\w-]{32}$/);
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/#token=${h.token}`);
    const other = await createWebHost({ profilePath: join(await tempDir(), 'p'), rendererDir: join(await tempDir()), logger: quietLogger().logger });
    expect(other.token).not.toBe(h.token);
    await other.close();
  });

  it('serves index.html at / with the CSP and nosniff headers', async () => {
    const { host: h } = await start();
    const reply = await send(h.port, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.text).toContain('客诉退货台');
  });

  it('serves assets with their content types and 404s for the rest', async () => {
    const { host: h } = await start();
    expect((await send(h.port, { path: '/assets/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(h.port, { path: '/assets/style.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await send(h.port, { path: '/nope.js' })).status).toBe(404);
    expect((await send(h.port, { path: '/assets' })).status).toBe(404);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '/%00index.html'])(
    'does not serve files outside the renderer folder: %s',
    async (path) => {
      const { host: h } = await start();
      const reply = await send(h.port, { path });
      expect([400, 404]).toContain(reply.status);
      expect(reply.text).not.toContain('TOP SECRET');
    },
  );

  it('answers settings:get with the profile settings', async () => {
    const { rpc, profilePath } = await start();
    const reply = await rpc('settings:get');
    expect(reply.status).toBe(200);
    const body = reply.json() as { ok: boolean; value: { deviceId: string; language: string } };
    expect(body.ok).toBe(true);
    expect(body.value.language).toBe('zh-CN');
    const onDisk = JSON.parse(await readFile(join(profilePath, 'settings.json'), 'utf8')) as { deviceId: string };
    expect(body.value.deviceId).toBe(onDisk.deviceId);
  });

  it('updates settings and reports app info for the web host', async () => {
    const { rpc } = await start();
    const updated = (await rpc('settings:update', { language: 'en' })).json() as { ok: boolean; value: { language: string } };
    expect(updated).toMatchObject({ ok: true, value: { language: 'en' } });
    expect((await rpc('app:info', {})).json()).toMatchObject({ ok: true, value: { host: 'web', version: '9.9.9', name: '客诉退货台' } });
    expect((await rpc('shell:open-external', { url: 'https://example.com/' })).json()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('applies --share to settings and reports the share online', async () => {
    const share = await tempDir('desk-share-');
    const { rpc } = await start({ sharePath: share });
    expect((await rpc('settings:get')).json()).toMatchObject({ ok: true, value: { sharePath: share } });
    expect((await rpc('share:status')).json()).toMatchObject({ ok: true, value: { state: 'online', path: share } });
  });

  it('refuses calls without or with a wrong token: 403 forbidden', async () => {
    const { host: h, rpc } = await start();
    const missing = await send(h.port, { method: 'POST', path: '/rpc/settings:get', body: '{}' });
    expect(missing.status).toBe(403);
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Change the last character to one it is not (a fixed 'x' was the token itself once in 64 runs).
    const last = h.token.endsWith('x') ? 'y' : 'x';
    const wrong = await rpc('settings:get', {}, { [TOKEN_HEADER]: `${h.token.slice(0, -1)}${last}` });
    expect(wrong.status).toBe(403);
    expect(wrong.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const short = await rpc('settings:get', {}, { [TOKEN_HEADER]: 'x' });
    expect(short.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const { host: h, rpc } = await start();
    for (const hostHeader of ['evil.example', `evil.example:${h.port}`, `127.0.0.1:${h.port + 1}`]) {
      const reply = await rpc('settings:get', {}, { host: hostHeader });
      expect(reply.status).toBe(403);
      expect(reply.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await send(h.port, { path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await rpc('settings:get', {}, { host: `localhost:${h.port}` })).status).toBe(200);
  });

  it('refuses a foreign Origin, accepts our own', async () => {
    const { host: h, rpc } = await start();
    const foreign = await rpc('settings:get', {}, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await rpc('settings:get', {}, { origin: `http://127.0.0.1:${h.port}` })).status).toBe(200);
  });

  it('answers malformed JSON with 400 and a clear message', async () => {
    const { host: h } = await start();
    const reply = await send(h.port, { method: 'POST', path: '/rpc/settings:update', headers: { [TOKEN_HEADER]: h.token }, body: '{"language": ' });
    expect(reply.status).toBe(400);
    const body = reply.json() as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('badArguments');
    expect(body.error.message).toMatch(/not valid JSON/);
  });

  it('answers bad arguments and unknown channels with 200 and the IpcResult error', async () => {
    const { rpc } = await start();
    const bad = await rpc('settings:update', { language: 'fr' });
    expect(bad.status).toBe(200);
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'badArguments', issues: [{ path: 'language' }] } });
    const unknown = await rpc('no:such', {});
    expect(unknown.status).toBe(200);
    expect(unknown.json()).toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const { host: h } = await start();
    const huge = JSON.stringify({ companyName: 'x'.repeat(MAX_BODY_BYTES + 10) });
    const reply = await send(h.port, { method: 'POST', path: '/rpc/settings:update', headers: { [TOKEN_HEADER]: h.token }, body: huge });
    expect(reply.status).toBe(413);
    expect(reply.json()).toMatchObject({ ok: false });
    // Still serving afterwards.
    expect((await send(h.port, { path: '/' })).status).toBe(200);
  });

  it('print channels take documents over 1 MB (8D photos), up to their own limit; other channels keep 1 MB', async () => {
    const { host: h } = await start();
    expect(LARGE_BODY_CHANNELS.get('print:render-pdf')).toBe(MAX_PRINT_BODY_BYTES);
    expect(LARGE_BODY_CHANNELS.get('print:print')).toBe(MAX_PRINT_BODY_BYTES);
    expect(LARGE_BODY_CHANNELS.get('print:save-pdf')).toBe(MAX_PRINT_BODY_BYTES);
    expect(LARGE_BODY_CHANNELS.has('settings:update')).toBe(false);
    expect(MAX_PRINT_HTML_BYTES).toBeLessThan(MAX_PRINT_BODY_BYTES);
    // 3 MB reaches the handler, whose argument check answers (a 413 would mean the body was refused).
    const html = `<p>${'x'.repeat(3 * 1024 * 1024)}</p>`;
    const big = await send(h.port, { method: 'POST', path: '/rpc/print:render-pdf', headers: { [TOKEN_HEADER]: h.token }, body: JSON.stringify({ html, paper: { kind: 'a4', orientation: 'portrait' } }) });
    expect(big.status).toBe(200);
    expect(big.json()).toMatchObject({ ok: false, error: { code: 'badArguments' } });
    // Over the print limit: refused from the declared length, before reading.
    const over = await send(h.port, { method: 'POST', path: '/rpc/print:print', headers: { [TOKEN_HEADER]: h.token, 'content-length': MAX_PRINT_BODY_BYTES + 1 }, body: '{}' });
    expect(over.status).toBe(413);
    expect(over.json()).toMatchObject({ ok: false, error: { code: 'badArguments' } });
    const settings = await send(h.port, { method: 'POST', path: '/rpc/settings:update', headers: { [TOKEN_HEADER]: h.token }, body: JSON.stringify({ companyName: 'x'.repeat(MAX_BODY_BYTES) }) });
    expect(settings.status).toBe(413);
  });

  it('refuses GET on /rpc', async () => {
    const { host: h } = await start();
    expect((await send(h.port, { path: '/rpc/settings:get', headers: { [TOKEN_HEADER]: h.token } })).status).toBe(405);
  });
});
