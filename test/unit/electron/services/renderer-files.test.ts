// The renderer's files as both hosts serve them (web host over HTTP,
// Electron's app://desk/): only files inside dist/renderer, whatever the
// path says — no `..` however encoded, no NUL, no link leading out.
import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/services/csp';
import { RENDERER_SECURITY_HEADERS, resolveRendererFile } from '../../../../electron/services/renderer-files';

let dir = '';
beforeAll(async () => {
  const base = await realpath(await mkdtemp(join(tmpdir(), 'renderer-files-')));
  dir = join(base, 'renderer');
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<!DOCTYPE html>');
  await writeFile(join(dir, 'assets', 'app.js'), 'export {}');
  await writeFile(join(base, 'secret.txt'), 'secret');
  await symlink(join(base, 'secret.txt'), join(dir, 'assets', 'link.txt'));
});

describe('resolveRendererFile', () => {
  it('serves index.html for the root and files by path, with their types', async () => {
    expect(await resolveRendererFile(dir, '/')).toMatchObject({ path: join(dir, 'index.html'), contentType: 'text/html; charset=utf-8', cacheControl: 'no-store' });
    expect(await resolveRendererFile(dir, '/assets/app.js')).toMatchObject({ contentType: 'text/javascript; charset=utf-8', size: 9 });
  });

  it.each(['/../secret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '/%00index.html', '/%E0%A4%A', '/assets', '/assets/link.txt', '/missing.js'])(
    'refuses %s',
    async (path) => {
      expect(await resolveRendererFile(dir, path)).toBeNull();
    },
  );

  it('every response carries the strict CSP and nosniff', () => {
    expect(RENDERER_SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(RENDERER_SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});
