/**
 * Command line of the web host:
 *   tsx electron/webhost/cli.ts [--profile DIR] [--share DIR] [--port N]
 * Prints exactly one line with the URL to open (the renderer reads the token
 * from location.hash) and runs until SIGINT/SIGTERM. Without --port it comes
 * back on the port the profile used last time (remembered-port.ts): the
 * browser keeps the desk's data per address.
 * Exit codes: 1 = renderer not built / could not start, 2 = bad options.
 * DESK_WEBHOST_RENDERER_DIR overrides the renderer folder (tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorCode } from '../services/atomic-write';
import { readRememberedPort, rememberPort } from './remembered-port';
import { createWebHost, type WebHost } from './server';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const USAGE = 'Usage: start:web [--profile DIR] [--share DIR] [--port N]  (without --port: the port this profile used last time; --port 0: any free port)';

export interface CliOptions {
  profilePath: string;
  sharePath?: string;
  /**
   * Left out: the port this profile used last time (web-host.json), else a
   * free one, remembered. 0: any free port this once, not remembered.
   */
  port?: number;
}

export class UsageError extends Error {}

/** The per-user settings folder: %APPDATA% on Windows, $XDG_CONFIG_HOME or ~/.config elsewhere. */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.trim() !== '' ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
}

export function defaultProfilePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return join(userDataFolder(env, platform), 'ComplaintReturnDesk', 'web-profile');
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  let profilePath: string | undefined;
  let sharePath: string | undefined;
  let port: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${name} needs a value. ${USAGE}`);
      return v;
    };
    switch (name) {
      case '--profile':
        profilePath = resolve(value());
        break;
      case '--share':
        sharePath = resolve(value());
        break;
      case '--port': {
        const raw = value();
        if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (0 = any free port), got "${raw}"`);
        port = Number(raw);
        break;
      }
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`Unknown option "${arg}". ${USAGE}`);
    }
  }
  return { profilePath: profilePath ?? defaultProfilePath(env), ...(port !== undefined ? { port } : {}), ...(sharePath !== undefined ? { sharePath } : {}) };
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function run(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  // DESK_WEBHOST_RENDERER_DIR lets tests serve a stand-in renderer; normally the built one is used.
  const rendererDir = process.env.DESK_WEBHOST_RENDERER_DIR ? resolve(process.env.DESK_WEBHOST_RENDERER_DIR) : join(REPO_ROOT, 'dist', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(`The renderer is not built (${join(rendererDir, 'index.html')} is missing). Run \`npm run build:renderer\` first (npm run start:web does it for you).`);
    process.exit(1);
  }
  // stdout carries exactly the one URL line; everything else goes to stderr.
  const logger = { info: console.error, warn: console.error, error: console.error };
  const remembered = options.port === undefined ? await readRememberedPort(options.profilePath) : null;
  let host: WebHost;
  try {
    host = await createWebHost({ ...options, port: options.port ?? remembered ?? 0, rendererDir, version: packageVersion(), logger });
  } catch (error) {
    if (errorCode(error) !== 'EADDRINUSE') throw error;
    const port = options.port ?? remembered;
    console.error(
      options.port === undefined
        ? `Port ${port} is in use. This profile's data in the browser belongs to http://127.0.0.1:${port}/ — is the desk already running there? ` +
            'Stop it, or start with --port N to use another port (the browser then shows an empty desk at that address).'
        : `Port ${port} is in use: choose another with --port N, or --port 0 for any free one.`,
    );
    process.exit(1);
  }
  if (options.port !== 0 && host.port !== remembered) await rememberPort(options.profilePath, host.port);
  console.log(`Complaint & Return Desk web host: ${host.url}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`web host: ${signal} received, stopping`);
    const force = setTimeout(() => process.exit(0), 3000);
    force.unref();
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('web host: error while stopping', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  run().catch((error: unknown) => {
    console.error('web host: could not start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
