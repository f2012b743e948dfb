/**
 * The web host's way to hand a file to the system viewer (Electron uses
 * shell.openPath instead): `xdg-open` on Linux, `open` on macOS, Explorer on
 * Windows. Resolves to an error text ('' on success), like shell.openPath.
 */
import { spawn } from 'node:child_process';

export function systemOpenCommand(platform: NodeJS.Platform, path: string): [string, string[]] {
  if (platform === 'win32') return ['explorer.exe', [path]];
  if (platform === 'darwin') return ['open', [path]];
  return ['xdg-open', [path]];
}

export function openWithSystemViewer(path: string, platform: NodeJS.Platform = process.platform): Promise<string> {
  const [command, args] = systemOpenCommand(platform, path);
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', (error) => resolve(`${command}: ${error.message}`));
    child.once('spawn', () => {
      child.unref();
      resolve('');
    });
  });
}
