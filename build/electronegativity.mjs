#!/usr/bin/env node
// Electronegativity (Doyensec's Electron security scanner) over electron/,
// as a step of `npm test`: every finding must be explained in
// security/electronegativity-allow.json (check, file, the reason it is
// safe), and every explanation must still match a finding, so the list
// never outlives the code it excuses. Offline: the Electron version comes
// from package.json (the tool's own release lookup fails without network
// and is ignored).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;
const cli = join(require.resolve('@doyensec/electronegativity/package.json').replace(/package\.json$/, ''), 'dist', 'index.js');
const out = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'findings.sarif');

const run = spawnSync(process.execPath, [cli, '-i', join(root, 'electron'), '-e', electronVersion, '-r', '-v', 'false', '-o', out], { encoding: 'utf8' });
let findings;
try {
  findings = JSON.parse(readFileSync(out, 'utf8')).runs[0].results.map((r) => {
    const loc = r.locations[0].physicalLocation;
    return { check: r.ruleId, file: loc.artifactLocation.uri.replace(/\\/g, '/'), line: loc.region?.startLine ?? 0, message: r.message.text };
  });
} catch (error) {
  console.error(`electronegativity: no report (exit ${run.status}): ${String(error)}\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const allowed = JSON.parse(readFileSync(join(root, 'security', 'electronegativity-allow.json'), 'utf8'));
const explains = (entry, finding) => entry.check === finding.check && entry.file === finding.file;
const unexplained = findings.filter((f) => !allowed.some((entry) => explains(entry, f)));
const stale = allowed.filter((entry) => !findings.some((f) => explains(entry, f)));

for (const f of findings) {
  const entry = allowed.find((e) => explains(e, f));
  console.log(`${entry ? 'explained  ' : 'UNEXPLAINED'} ${f.check} electron/${f.file}:${f.line}${entry ? ` — ${entry.reason}` : ` — ${f.message}`}`);
}
for (const entry of stale) console.log(`STALE       ${entry.check} electron/${entry.file}: no such finding any more; remove it from security/electronegativity-allow.json`);
console.log(`electronegativity ${electronVersion}: ${findings.length} findings, ${unexplained.length} unexplained, ${stale.length} stale explanations`);
process.exit(unexplained.length === 0 && stale.length === 0 ? 0 : 1);
