import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const config = load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as Record<string, unknown> & {
  win: { target: { target: string }[]; artifactName: string };
  nsis: Record<string, unknown>;
  portable: { artifactName: string };
  directories: { output: string };
  files: string[];
  icon: string;
  electronFuses: Record<string, boolean>;
};

describe('electron-builder.yml', () => {
  it('names the app and installs per user', () => {
    expect(config.appId).toBe('com.qualitydesk.complaintreturn');
    expect(config.productName).toBe('客诉退货台');
    expect(config.directories.output).toBe('release');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.allowElevation).toBe(false);
    expect(config.nsis.createDesktopShortcut).toBe(true);
    expect(config.nsis.language).toBe('2052');
  });

  it('locks the packaged binary with Electron fuses (no Node mode, no NODE_OPTIONS or --inspect, ASAR only and checked)', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps signing secrets out of the repository: no certificate file or password in the config', () => {
    const text = readFileSync(`${root}electron-builder.yml`, 'utf8');
    expect(text).not.toMatch(/certificatePassword|certificateFile|cscKeyPassword|\.pfx|\.p12/i);
  });

  it('builds an NSIS installer and a portable exe with ASCII file names', () => {
    expect(config.win.target.map((t) => t.target).sort()).toEqual(['nsis', 'portable']);
    for (const name of [config.win.artifactName, config.nsis.artifactName as string, config.portable.artifactName]) {
      expect(name).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(config.portable.artifactName).not.toBe(config.nsis.artifactName);
  });

  it('is accepted by electron-builder\'s own schema', async () => {
    const require = createRequire(`${root}node_modules/electron-builder/package.json`);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: false } }, new DebugLogger(false))).rejects.toThrow(/Invalid configuration/);
  });

  it('has a 256×256 RGBA PNG icon that decodes', () => {
    const path = `${root}${config.icon}`;
    expect(existsSync(path)).toBe(true);
    const png = readFileSync(path);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(256);
    expect(png.readUInt32BE(20)).toBe(256);
    expect(png[24]).toBe(8);
    expect(png[25]).toBe(6);
    // Decode the image data: 256 rows of 1 filter byte + 256 RGBA pixels, corners transparent, centre opaque.
    const idat: Buffer[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const type = png.toString('ascii', at + 4, at + 8);
      if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
      at += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(idat));
    expect(raw.length).toBe(256 * (256 * 4 + 1));
    const alpha = (x: number, y: number) => raw[y * 1025 + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(128, 128)).toBe(255);
  });
});

describe('package.json and the build script agree', () => {
  it('main points at the bundle build-electron.mjs writes', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { main: string; scripts: Record<string, string> };
    const script = readFileSync(`${root}build/build-electron.mjs`, 'utf8');
    expect(script).toContain(`outfile: '${pkg.main}'`);
    expect(script).toContain("outfile: 'dist/electron/preload/index.cjs'");
    expect(pkg.scripts['build:electron']).toBe('node build/build-electron.mjs');
  });
});

describe('package.json engines say where each command runs', () => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
  const semver = createRequire(`${root}package.json`)('semver') as { satisfies: (version: string, range: string) => boolean; minVersion: (range: string) => { version: string } };
  const enginesOf = (name: string) => (JSON.parse(readFileSync(`${root}node_modules/${name}/package.json`, 'utf8')) as { engines?: { node?: string } }).engines?.node ?? '*';

  it('the web host and test tools run on the lowest Node of each branch engines allows (Node 20 included)', () => {
    const lowest = ['20.19.0', '22.13.0', '24.0.0'];
    for (const version of lowest) expect(semver.satisfies(version, pkg.engines.node)).toBe(true);
    expect(semver.satisfies('20.18.0', pkg.engines.node)).toBe(false);
    for (const tool of ['vite', 'vitest', 'eslint', '@playwright/test', 'tsx', 'typescript']) {
      for (const version of lowest) expect(semver.satisfies(version, enginesOf(tool)), `${tool} on Node ${version}`).toBe(true);
    }
  });

  it('the desktop commands check first for the Node electron needs (above Node 20)', () => {
    expect(semver.minVersion(enginesOf('electron')).version.split('.')[0]).not.toBe('20');
    for (const script of ['start', 'dist:win']) expect(pkg.scripts[script]).toMatch(/^node build\/require-node\.mjs && /);
  });
});
