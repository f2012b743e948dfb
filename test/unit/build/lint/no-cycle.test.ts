// The local rule layers/no-cycle with the real config, on probe modules
// written to disk (the rule follows imports through the files): a cycle, also
// one made only of type imports, is refused with a message naming the route;
// modules that import a shared types file instead pass.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(process.cwd(), 'test/unit/build/lint/cycle-probe-'));
const at = (name: string) => join(dir, name);
const shown = (name: string) => relative(process.cwd(), at(name));

writeFileSync(at('records.ts'), "import type { State } from './states';\nexport interface Record { state: State }\n");
writeFileSync(at('states.ts'), "import type { Record } from './records';\nexport type State = 'open' | 'closed';\nexport const first = (r: Record[]) => r[0];\n");
writeFileSync(at('names.ts'), "export type Name = 'open' | 'closed';\n");
writeFileSync(at('uses-names.ts'), "import type { Name } from './names';\nexport const open: Name = 'open';\n");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
    tseslint.configs.disableTypeChecked,
  ],
});

async function cycleMessages(name: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([at(name)]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/no-cycle').map((m) => m.message);
}

describe('no import cycles', () => {
  it('refuses a cycle of type imports and names its route', async () => {
    const [message] = await cycleMessages('records.ts');
    expect(message).toContain(`Import cycle: ${shown('records.ts')} → ${shown('states.ts')} → ${shown('records.ts')}`);
    expect(message).toContain('Move what both sides need (often types) into a module of its own');
  });

  it('passes modules that share a types file', async () => {
    expect(await cycleMessages('uses-names.ts')).toEqual([]);
  });
});
