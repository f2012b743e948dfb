// The import-direction rules of eslint.config.js, checked on probe sources:
// each forbidden import must be reported with the message that explains the
// rule, and the allowed ones must pass.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: process.cwd(),
  // Type information is not needed for import rules; without it the probes
  // need not exist on disk.
  overrideConfig: [
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
    tseslint.configs.disableTypeChecked,
  ],
});

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

describe('layering rules', () => {
  it.each([
    ["import { app } from 'electron';", 'it imports nothing outside shared/'],
    ["import { readFile } from 'node:fs/promises';", 'it imports nothing outside shared/'],
    ["import React from 'react';", 'it imports nothing outside shared/'],
    ["import Dexie from 'dexie';", 'it imports nothing outside shared/'],
    ["import { create } from 'zustand';", 'it imports nothing outside shared/'],
    ["import { x } from '../../renderer/db/schema';", 'it imports nothing outside shared/'],
    ["import { x } from '../../electron/services/settings-store';", 'it imports nothing outside shared/'],
    ['export const w = window.innerWidth;', 'it imports nothing outside shared/'],
  ])('shared/ refuses %s', async (code, expected) => {
    const messages = await messagesFor('shared/domain/probe.ts', code);
    expect(messages.join('\n')).toContain(expected);
  });

  it('shared/ may import zod and itself', async () => {
    expect(await messagesFor('shared/domain/probe.ts', "import { z } from 'zod';\nimport { HLC_ZERO } from '../sync/hlc';\nexport const a = [z, HLC_ZERO];")).toEqual([]);
  });

  it.each([
    "import { ipcRenderer } from 'electron';",
    "import { join } from 'node:path';",
    "import { createDispatcher } from '../../electron/services/dispatcher';",
  ])('renderer/ refuses %s', async (code) => {
    const messages = await messagesFor('renderer/features/probe.ts', code);
    expect(messages.join('\n')).toContain('renderer/ runs sandboxed in the browser');
  });

  it('only renderer/db imports dexie', async () => {
    const outside = await messagesFor('renderer/features/probe.ts', "import Dexie from 'dexie';\nexport const d = Dexie;");
    expect(outside.join('\n')).toContain('Only renderer/db imports dexie');
    expect(await messagesFor('renderer/db/probe.ts', "import Dexie from 'dexie';\nexport const d = Dexie;")).toEqual([]);
  });

  it('only renderer/platform touches window.desktop', async () => {
    const outside = await messagesFor('renderer/features/probe.ts', 'export const api = window.desktop;');
    expect(outside.join('\n')).toContain('Only renderer/platform touches the host API');
    expect(await messagesFor('renderer/platform/probe.ts', 'export const api = window.desktop;')).toEqual([]);
  });

  it('electron/ never imports renderer/', async () => {
    const messages = await messagesFor('electron/main/probe.ts', "import { x } from '../../renderer/db/schema';\nexport const y = x;");
    expect(messages.join('\n')).toContain('electron/ never imports renderer/');
  });

  it('services run under plain Node without electron', async () => {
    const messages = await messagesFor('electron/services/probe.ts', "import { app } from 'electron';\nexport const a = app;");
    expect(messages.join('\n')).toContain('must not import "electron"');
    expect(await messagesFor('electron/main/probe.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([]);
  });
});
