// The layer rules of eslint.config.js (build/lint/layers.js), checked on probe
// sources linted with the real config: each hole is reported with the message
// that says what to do instead, and legitimate imports pass.
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

const LAYER_RULES = ['layers/allowed-imports', 'no-restricted-globals', 'no-restricted-syntax'];

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => LAYER_RULES.includes(m.ruleId ?? '')).map((m) => m.message);
}

describe('layer allow-lists', () => {
  it.each([
    ['shared/domain/probe.ts', "import { createLabels } from '../report/labels';\nexport const a = createLabels;", 'shared/domain may not import shared/report'],
    ['shared/domain/probe.ts', "import { app } from 'electron';\nexport const a = app;", 'may not import the electron package "electron"'],
    ['shared/domain/probe.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;", 'may not import the node package "fs"'],
    ['shared/domain/probe.ts', "import React from 'react';\nexport const a = React;", 'may not import the ui package "react"'],
    ['shared/domain/probe.ts', "import { Document } from 'docx';\nexport const a = Document;", 'may not import the word package "docx"'],
    ['shared/domain/probe.ts', "import { x } from '../../renderer/db/schema';\nexport const a = x;", 'shared/domain may not import renderer/db'],
    ['electron/services/probe.ts', "import { x } from '../main/window';\nexport const a = x;", 'electron/services may not import electron/main'],
    ['electron/services/probe.ts', "import { app } from 'electron';\nexport const a = app;", 'run under plain Node'],
    ['electron/main/probe.ts', "import { x } from '../../renderer/db/schema';\nexport const a = x;", 'never renderer/'],
    ['renderer/features/ledger/probe.ts', "import { x } from '../case/CasePage';\nexport const a = x;", 'move what two features share into renderer/ui'],
    ['renderer/ui/probe.ts', "import { x } from '../features/ledger/LedgerPage';\nexport const a = x;", 'renderer/ui may not import renderer/features/ledger ("../features/ledger/LedgerPage"). renderer/ui holds the widgets and hooks several features use'],
    ['renderer/ui/form/probe.ts', "import { x } from '../../app/AppRoutes';\nexport const a = x;", 'renderer/ui may not import renderer/app'],
    ['renderer/state/probe.ts', "import { x } from '../ui/errors';\nexport const a = x;", 'renderer/state may not import renderer/ui'],
    ['renderer/features/ledger/probe.ts', "import Dexie from 'dexie';\nexport const a = Dexie;", 'may not import the indexeddb package "dexie"'],
    ['renderer/features/ledger/probe.ts', "import { join } from 'node:path';\nexport const a = join;", 'may not import the node package "path"'],
    ['renderer/features/ledger/probe.ts', "import { x } from '../../../electron/services/dispatcher';\nexport const a = x;", 'may not import electron/services'],
    ['renderer/db/probe.ts', "import { x } from '../state/session-store';\nexport const a = x;", 'renderer/db may not import renderer/state'],
    ['renderer/features/ledger/probe.ts', "import leftPad from 'left-pad';\nexport const a = leftPad;", 'npm package "left-pad" is not categorised'],
    ['misc/probe.ts', 'export const a = 1;', 'This file is in no layer'],
  ])('%s refuses %s', async (filePath, code, expected) => {
    expect((await messagesFor(filePath, code)).join('\n')).toContain(expected);
  });

  it.each([
    ['shared/domain/probe.ts', "import { z } from 'zod';\nimport { HLC_ZERO } from '../sync/hlc';\nimport { utf8Length } from '../utf8';\nexport const a = [z, HLC_ZERO, utf8Length];"],
    ['shared/forms/probe.ts', "import { createLabels } from '../report/labels';\nexport const a = createLabels;"],
    ['renderer/features/ledger/probe.ts', "import { Box } from '@mui/material';\nimport { formatDate } from '../../ui/dates';\nimport { useLedgerStore } from '../../state/ledger-store';\nexport const a = [Box, formatDate, useLedgerStore];"],
    ['renderer/features/eightd/probe.ts', "import { FormMessage } from '../../ui/form/FormMessage';\nimport { useCaseFileApi } from '../../ui/case-file/caseFileContext';\nexport const a = [FormMessage, useCaseFileApi];"],
    ['renderer/ui/probe.ts', "import { Box } from '@mui/material';\nimport { useSettings } from '../state/session';\nimport { getDesktopApi } from '../platform';\nimport { text } from '../i18n/translatable';\nexport const a = [Box, useSettings, getDesktopApi, text];"],
    ['renderer/db/probe.ts', "import Dexie from 'dexie';\nexport const a = Dexie;"],
    ['renderer/app/probe.ts', "import { LedgerPage } from '../features/ledger/LedgerPage';\nexport const a = LedgerPage;"],
    ['electron/main/probe.ts', "import { app } from 'electron';\nimport { x } from '../services/settings-store';\nexport const a = [app, x];"],
    ['electron/webhost/probe.ts', "import { x } from '../services/dispatcher';\nexport const a = x;"],
  ])('%s may %s', async (filePath, code) => {
    expect(await messagesFor(filePath, code)).toEqual([]);
  });
});

describe('host access', () => {
  it.each([
    ['renderer/db/probe.ts', 'export const a = window.desktop;', 'renderer/db is storage only'],
    ['renderer/db/probe.ts', "export const a = fetch('/rpc/x');", 'renderer/db is storage only'],
    ['renderer/db/probe.ts', 'export const a = desktop;', 'renderer/db is storage only'],
    ['renderer/features/ledger/probe.ts', "export const a = fetch('/rpc/x');", 'Only renderer/platform touches the host API'],
    ['renderer/features/ledger/probe.ts', 'export const a = window.desktop;', 'Only renderer/platform touches the host API'],
    ['renderer/features/ledger/probe.ts', 'type X = { desktop: unknown };\nexport const a = (window as unknown as X).desktop;', 'call getDesktopApi() from renderer/platform'],
    ['renderer/state/probe.ts', "export const a = window['desktop'];", 'Only renderer/platform touches the host API'],
    ['shared/domain/probe.ts', 'export const a = window.innerWidth;', 'shared/ is pure logic'],
    ['shared/sync/probe.ts', "export const a = fetch('/x');", 'shared/ is pure logic'],
  ])('%s refuses %s', async (filePath, code, expected) => {
    expect((await messagesFor(filePath, code)).join('\n')).toContain(expected);
  });

  it('renderer/platform may use window.desktop and fetch', async () => {
    expect(await messagesFor('renderer/platform/probe.ts', "export const a = [window.desktop, fetch('/rpc/x')];")).toEqual([]);
  });
});
