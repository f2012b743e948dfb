// Temp folders for the electron/ service tests: real directories, removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

export async function tempDir(prefix = 'desk-unit-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export const quietLogger = () => {
  const lines: string[] = [];
  const push = (message: string) => {
    lines.push(message);
  };
  return { lines, logger: { info: push, warn: push, error: push } };
};
