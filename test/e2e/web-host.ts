// Starts one web host per test with a fresh profile folder (and optional
// share folder), and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  url: string;
  profileDir: string;
  stop(): Promise<void>;
}

const URL_LINE = /web host: (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/;

/**
 * `env`: added to the host's environment (a spy system viewer on PATH).
 * `port`: 0 (default) any free port; 'remembered' the port the profile used
 * last time (the browser's data of a kept profile lives at that address).
 */
export async function startWebHost(options: { profileDir?: string; shareDir?: string; port?: 0 | 'remembered'; env?: NodeJS.ProcessEnv } = {}): Promise<RunningHost> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'desk-profile-')));
  const args = ['--import', 'tsx', 'electron/webhost/cli.ts', '--profile', profileDir];
  if (options.port !== 'remembered') args.push('--port', '0');
  if (options.shareDir) args.push('--share', options.shareDir);
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start in time:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    profileDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.profileDir) await rm(profileDir, { recursive: true, force: true });
    },
  };
}
