// Two Syncthing instances on loopback keeping two sites' qsync/ folders in
// step, for the two-sites tests. Each has its own home (config, keys,
// database) and ports; nothing leaves 127.0.0.1: no relays, no global or
// local discovery, no NAT, no usage reporting, no crash reporting, no
// upgrades, and each knows the other only by device id at an explicit
// tcp://127.0.0.1:<port> address. The folder is rescanned every few seconds
// and watched (inotify), versioning off — the settings the README gives IT.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FOLDER_ID = 'qsync';

/** Why the Syncthing tests cannot run here (null: they can). */
export function syncthingMissing(): string | null {
  const found = spawnSync('syncthing', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) return 'syncthing is not installed (Debian: apt-get install syncthing; .ci/run installs it)';
  return null;
}

/** Ports handed out by this process: the four of a pair are never the same. */
const taken = new Set<number>();

/** Whether nothing listens on the port now. */
function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A free port BELOW Linux's ephemeral range (32768–60999). A port from the
 * ephemeral range (listen on 0) is free only until the kernel hands it out
 * again — as the source port of an outgoing connection, e.g. site A dialling
 * site B before B's API has bound it: seen as "bind: address already in use"
 * (a CI run). Ports below the range are never given to outgoing connections.
 */
async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (taken.has(port) || !(await bindable(port))) continue;
    taken.add(port);
    return port;
  }
  throw new Error('no free port below the ephemeral range after 200 tries');
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Peer {
  name: string;
  home: string;
  folder: string;
  deviceId: string;
  listenPort: number;
  apiPort: number;
  apiKey: string;
  process: ChildProcess | null;
  /** The last lines it logged (shown when a test fails). */
  log: string[];
}

async function preparePeer(name: string, folder: string): Promise<Peer> {
  const home = await mkdtemp(join(tmpdir(), `syncthing-${name}-`));
  execFileSync('syncthing', ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], { stdio: 'pipe' });
  const deviceId = execFileSync('syncthing', ['serve', `--home=${home}`, '--device-id'], { encoding: 'utf8' }).trim();
  if (!/^[A-Z0-9]{7}(-[A-Z0-9]{7}){7}$/.test(deviceId)) throw new Error(`syncthing gave no device id: ${deviceId}`);
  // Syncthing refuses a folder without its marker (so an unmounted share is never taken for an emptied one).
  await mkdir(join(folder, '.stfolder'), { recursive: true });
  return { name, home, folder, deviceId, listenPort: await freePort(), apiPort: await freePort(), apiKey: `test-${name}-${process.pid}`, process: null, log: [] };
}

/**
 * `dials`: this side connects to the other; the other only accepts (its
 * address for this side is "dynamic", and discovery is off). With both
 * dialling, resuming the link made both connect at once, and Syncthing 1.19
 * sometimes failed both hellos and did not dial again within a minute (CI).
 */
function configXml(me: Peer, other: Peer, dials: boolean): string {
  return `<configuration version="36">
    <folder id="${FOLDER_ID}" label="qsync" path="${xml(me.folder)}" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <device id="${me.deviceId}"></device>
        <device id="${other.deviceId}"></device>
        <minDiskFree unit="%">0</minDiskFree>
        <versioning></versioning>
        <markerName>.stfolder</markerName>
    </folder>
    <device id="${me.deviceId}" name="${me.name}" compression="metadata"><address>dynamic</address></device>
    <device id="${other.deviceId}" name="${other.name}" compression="metadata"><address>${dials ? `tcp://127.0.0.1:${other.listenPort}` : 'dynamic'}</address></device>
    <gui enabled="true" tls="false"><address>127.0.0.1:${me.apiPort}</address><apikey>${me.apiKey}</apikey></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:${me.listenPort}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <stunKeepaliveStartS>0</stunKeepaliveStartS>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
    </options>
</configuration>
`;
}

export async function api(peer: Peer, path: string, init: { method?: string; body?: unknown } = {}): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${peer.apiPort}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'X-API-Key': peer.apiKey, ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!response.ok) throw new Error(`syncthing ${peer.name} ${path}: HTTP ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : null;
}

/** Polls `probe` until it returns something truthy (no fixed sleeps); fails with `what` after timeoutMs. */
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number, everyMs = 250): Promise<T> {
  const started = performance.now();
  let last: unknown = null;
  for (;;) {
    try {
      const got = await probe();
      if (got) return got;
    } catch (error) {
      last = error;
    }
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last instanceof Error ? last.message : JSON.stringify(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

function start(peer: Peer): void {
  const child = spawn('syncthing', ['serve', `--home=${peer.home}`, '--no-browser', '--no-restart', '--no-upgrade', '--logflags=0'], {
    env: { ...process.env, STNOUPGRADE: '1', STNODEFAULTFOLDER: '1', STNORESTART: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    peer.log.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (peer.log.length > 200) peer.log.splice(0, peer.log.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  peer.process = child;
}

async function stopPeer(peer: Peer): Promise<void> {
  const child = peer.process;
  peer.process = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function connected(a: Peer, b: Peer): Promise<boolean> {
  const body = (await api(a, '/rest/system/connections')) as { connections: Record<string, { connected: boolean }> };
  return body.connections[b.deviceId]?.connected === true;
}

export interface SitePair {
  a: Peer;
  b: Peer;
  /** Cuts the link between the sites (both sides pause the other device) and waits until it is down. */
  linkDown(): Promise<void>;
  /** Restores the link and waits until both sides see each other again. */
  linkUp(): Promise<void>;
  /** The last log lines of both (for a failure message). */
  logs(): string;
  stop(): Promise<void>;
}

const running = new Set<Peer>();
// A test that dies before its afterAll must not leave daemons behind.
process.once('exit', () => {
  for (const peer of running) peer.process?.kill('SIGKILL');
});

/** Starts two Syncthing instances sharing folderA ⇄ folderB (each a site's <share>/qsync; site A dials, site B accepts) and waits until they are connected. */
export async function startSitePair(folderA: string, folderB: string): Promise<SitePair> {
  const a = await preparePeer('site-a', folderA);
  const b = await preparePeer('site-b', folderB);
  const pair: SitePair = {
    a,
    b,
    async linkDown() {
      await api(a, `/rest/system/pause?device=${b.deviceId}`, { method: 'POST' });
      await api(b, `/rest/system/pause?device=${a.deviceId}`, { method: 'POST' });
      await until('the link between the sites to go down', async () => !(await connected(a, b)) && !(await connected(b, a)), 30_000);
    },
    async linkUp() {
      // The accepting side first, so the dialling side's first attempt finds it ready.
      await api(b, `/rest/system/resume?device=${a.deviceId}`, { method: 'POST' });
      await api(a, `/rest/system/resume?device=${b.deviceId}`, { method: 'POST' });
      await until('the sites to reconnect', async () => (await connected(a, b)) && (await connected(b, a)), 60_000);
    },
    logs: () => [a, b].map((p) => `--- ${p.name}\n${p.log.slice(-40).join('\n')}`).join('\n'),
    async stop() {
      await Promise.all([a, b].map(async (p) => {
        await stopPeer(p);
        running.delete(p);
        await rm(p.home, { recursive: true, force: true });
      }));
    },
  };
  try {
    for (const [me, other] of [[a, b], [b, a]] as const) {
      await writeFile(join(me.home, 'config.xml'), configXml(me, other, me === a));
      start(me);
      running.add(me);
    }
    for (const p of [a, b]) await until(`syncthing ${p.name} to answer on 127.0.0.1:${p.apiPort}`, () => api(p, '/rest/system/ping').then(() => true), 60_000);
    await until('the two sites to connect', async () => (await connected(a, b)) && (await connected(b, a)), 60_000);
  } catch (error) {
    const logs = pair.logs();
    await pair.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${logs}`, { cause: error });
  }
  return pair;
}
