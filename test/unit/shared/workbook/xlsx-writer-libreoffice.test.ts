/**
 * A real spreadsheet program reads what the desk writes: the writer's sample
 * workbook (xlsx-sample.ts) converted to CSV by LibreOffice Calc
 * headless with a private profile — the text, numbers and dates as Calc
 * shows them. Left out of the faketime run (LibreOffice hangs under it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sample } from './xlsx-sample';

describe('xlsx writer', () => {
  it('opens in LibreOffice Calc, which shows the same text, numbers and dates', async () => {
    const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (probe.error) throw new Error(`soffice is needed to read the workbook with a real spreadsheet program (${probe.error.message}): on Debian, apt-get install libreoffice-calc-nogui`);
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-lo-'));
    const file = join(dir, 'sample.xlsx');
    writeFileSync(file, await sample());
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const csv = readFileSync(join(dir, 'sample.csv'), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('案件编号,不良数,受理时间,金额');
    expect(lines[1]).toBe('=1+1,12,2026-11-23 10:30,1234.50');
    expect(lines[3]).toBe(',0,,-25.0%');
  }, 150_000);
});
