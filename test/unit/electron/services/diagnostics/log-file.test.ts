import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger, formatLogLine, logFileNames } from '../../../../../electron/services/diagnostics/log-file';
import { redactLogText } from '../../../../../electron/services/diagnostics/redact-log';
import { silentLogger } from '../../../../../electron/services/errors';
import { quietLogger, tempDir } from '../../helpers';

const T0 = Date.UTC(2026, 10, 23, 8, 30, 0);

describe('redactLogText', () => {
  it.each([
    ['settings: C:\\Users\\张三\\AppData\\Roaming\\客诉退货台\\settings.json is unusable', 'settings: settings.json is unusable'],
    ['sign-in password=hunter2 refused', 'sign-in password=*** refused'],
    ['body {"pin":"4711","name":"x"}', 'body {"pin":"***","name":"x"}'],
    ['密码: 123456 错误', '密码: *** 错误'],
    ['customer zhang.san@example.com called', 'customer [email] called'],
    ['call 13812345678 or +86 138-1234-5678 or 0571-88889999', 'call [phone] or [phone] or [phone]'],
    ['id 11010519491231002X on file', 'id [id] on file'],
  ])('%j → %j', (text, expected) => {
    expect(redactLogText(text)).toBe(expected);
  });

  it.each([
    'case 2611-B-007 closed',
    'sync push: 12 ops published (seq 1001–1012)',
    'device 3f2b8c1e-7d4a-4c2b-9e1f-0a1b2c3d4e5f renewed',
    'snapshot 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  ])('keeps %j', (text) => {
    expect(redactLogText(text)).toBe(text);
  });
});

describe('formatLogLine', () => {
  it('puts the time from the clock, the level, and an error with its stack on one entry', () => {
    const error = new Error('EPERM on /home/wang/profile/sync-state.json');
    const line = formatLogLine(T0, 'error', 'sync: state not saved', [error]);
    expect(line.startsWith('2026-11-23T08:30:00.000Z ERROR sync: state not saved Error: EPERM on sync-state.json')).toBe(true);
    expect(line.endsWith('\n')).toBe(true);
    expect(line).not.toContain('/home/wang');
    // Stack lines are indented, so each entry starts at a time stamp.
    expect(line.trimEnd().split('\n').slice(1).every((l) => l.startsWith('    '))).toBe(true);
  });
});

describe('createFileLogger', () => {
  it('writes redacted lines to desk.log and every line unredacted to the console', async () => {
    const dir = join(await tempDir(), 'logs');
    const { logger: console, lines } = quietLogger();
    const log = createFileLogger({ dir, now: () => T0, console });
    log.info('print: complaint × 2 to "HP"');
    log.warn('customer phone 13812345678 in case 2611-B-007');
    expect(lines).toEqual(['print: complaint × 2 to "HP"', 'customer phone 13812345678 in case 2611-B-007']);
    const text = await readFile(join(dir, 'desk.log'), 'utf8');
    expect(text).toBe('2026-11-23T08:30:00.000Z INFO  print: complaint × 2 to "HP"\n2026-11-23T08:30:00.000Z WARN  customer phone [phone] in case 2611-B-007\n');
  });

  it('rotates at maxBytes and keeps only the newest files', async () => {
    const dir = await tempDir();
    let clock = T0;
    const log = createFileLogger({ dir, now: () => clock, console: silentLogger, maxBytes: 200, files: 3 });
    const lineBytes = Buffer.byteLength(formatLogLine(T0, 'info', 'line 00 ' + 'x'.repeat(40), []));
    for (let n = 0; n < 20; n++) {
      clock = T0 + n * 1000;
      log.info(`line ${String(n).padStart(2, '0')} ${'x'.repeat(40)}`);
    }
    expect((await readdir(dir)).sort()).toEqual(['desk.1.log', 'desk.2.log', 'desk.log']);
    const perFile = Math.floor(200 / lineBytes);
    for (const name of logFileNames(3)) {
      const text = await readFile(join(dir, name), 'utf8');
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(200);
      expect(text.split('\n').filter(Boolean)).toHaveLength(name === 'desk.log' ? 20 % perFile || perFile : perFile);
    }
    // Newest last in desk.log, older ones in desk.1.log then desk.2.log; nothing older kept.
    expect(await readFile(join(dir, 'desk.log'), 'utf8')).toContain('line 19');
    const all = (await Promise.all(logFileNames(3).reverse().map((name) => readFile(join(dir, name), 'utf8')))).join('');
    const numbers = [...all.matchAll(/line (\d\d)/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => 20 - numbers.length + i));
    expect(numbers.length).toBeLessThan(20);
  });

  it('continues the existing desk.log after a restart', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'desk.log'), 'x'.repeat(150) + '\n');
    const log = createFileLogger({ dir, now: () => T0, console: silentLogger, maxBytes: 200 });
    log.info('after restart with a line long enough to pass the limit');
    expect(await readFile(join(dir, 'desk.1.log'), 'utf8')).toBe('x'.repeat(150) + '\n');
    expect(await readFile(join(dir, 'desk.log'), 'utf8')).toContain('after restart');
  });

  it('a log folder that cannot be written never stops the caller', async () => {
    const parent = await tempDir();
    await writeFile(join(parent, 'logs'), 'a file where the folder should be');
    const { logger: console, lines } = quietLogger();
    const log = createFileLogger({ dir: join(parent, 'logs'), now: () => T0, console });
    expect(() => {
      log.error('first');
      log.error('second');
    }).not.toThrow();
    expect(lines).toEqual(['first', expect.stringContaining('log: could not write'), 'second']);
  });
});
