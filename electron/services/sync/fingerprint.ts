/**
 * The machine fingerprint stored next to the device id: a stable hash of the
 * host name and the OS install id (Windows MachineGuid / Linux machine-id);
 * the MAC addresses of the real adapters only where no install id can be
 * read (a VPN adapter coming and going must not look like a new PC). A disk image copied
 * onto another PC keeps the device id but gets another fingerprint, which is
 * how a clone is recognised (sync-service.ts). Injectable for tests.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { execFileSync } from 'node:child_process';

function osInstallId(): string {
  try {
    if (process.platform === 'win32') {
      const out = execFileSync('reg', ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid'], { encoding: 'utf8', timeout: 3000, windowsHide: true });
      return /MachineGuid\s+REG_SZ\s+(\S+)/.exec(out)?.[1] ?? '';
    }
    return readFileSync('/etc/machine-id', 'utf8').trim();
  } catch {
    return '';
  }
}

function macs(): string[] {
  const out = new Set<string>();
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) if (!info.internal && info.mac && info.mac !== '00:00:00:00:00:00') out.add(info.mac);
  }
  return [...out].sort();
}

export function machineFingerprint(): string {
  const id = osInstallId();
  const text = [hostname().toLowerCase(), id || macs().join(',')].join('|');
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
