/**
 * Printer list and printing on a host without Electron (web host on Linux):
 * CUPS's `lpstat` / `lp` when they exist, otherwise an empty list with the
 * reason. The system dialog exists only in Electron.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CupsPrinters {
  printers: { name: string; displayName: string; isDefault: boolean }[];
  reason: string | null;
}

type Exec = (file: string, args: string[]) => Promise<string>;

const realExec: Exec = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 5000, env: { ...process.env, LANG: 'C' } }, (error: Error | null, stdout: string) => (error ? reject(error) : resolve(stdout)));
  });

/** `lpstat -e` (names) and `lpstat -d` (default). */
export async function listCupsPrinters(exec: Exec = realExec): Promise<CupsPrinters> {
  let names: string;
  try {
    names = await exec('lpstat', ['-e']);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { printers: [], reason: code === 'ENOENT' ? 'CUPS (lpstat) is not installed on this host' : `lpstat failed: ${(error as Error).message.slice(0, 200)}` };
  }
  let defaultName = '';
  try {
    defaultName = /:\s*(\S+)\s*$/.exec((await exec('lpstat', ['-d'])).trim())?.[1] ?? '';
  } catch {
    // no default printer
  }
  const printers = names
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((name) => ({ name, displayName: name, isDefault: name === defaultName }));
  return { printers, reason: printers.length === 0 ? 'no printers are set up in CUPS' : null };
}

/** Prints a PDF with `lp` (silent only). */
export async function printWithLp(pdf: Buffer, printer: string, copies: number, exec: Exec = realExec): Promise<{ printed: boolean; reason: string | null }> {
  const dir = await mkdtemp(join(tmpdir(), 'desk-print-'));
  try {
    const file = join(dir, 'form.pdf');
    await writeFile(file, pdf);
    await exec('lp', [...(printer ? ['-d', printer] : []), '-n', String(copies), '--', file]);
    return { printed: true, reason: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { printed: false, reason: code === 'ENOENT' ? 'CUPS (lp) is not installed on this host' : `lp failed: ${(error as Error).message.slice(0, 200)}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
