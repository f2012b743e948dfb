/**
 * The port the web host used last time for a profile, kept in the profile
 * folder (web-host.json). The browser keeps the app's data (IndexedDB, saved
 * views) per address, http://127.0.0.1:PORT: a host that picked a new free
 * port each run would open on an empty desk. Without --port the host comes
 * back on the remembered port. A missing or damaged file means "none yet".
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../services/atomic-write';

export const REMEMBERED_PORT_FILE = 'web-host.json';

export async function readRememberedPort(profilePath: string): Promise<number | null> {
  try {
    const parsed = JSON.parse(await readFile(join(profilePath, REMEMBERED_PORT_FILE), 'utf8')) as { port?: unknown };
    const port = parsed.port;
    return typeof port === 'number' && Number.isInteger(port) && port > 0 && port <= 65535 ? port : null;
  } catch {
    return null;
  }
}

export async function rememberPort(profilePath: string, port: number): Promise<void> {
  await writeFileAtomic(join(profilePath, REMEMBERED_PORT_FILE), `${JSON.stringify({ port }, null, 2)}\n`);
}
