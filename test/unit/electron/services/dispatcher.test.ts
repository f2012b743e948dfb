import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/domain/settings';
import type { Settings } from '../../../../shared/domain/settings';
import type { IpcHandlers } from '../../../../shared/ipc/handlers';
import type { IpcResult } from '../../../../shared/ipc/result';
import { CHANNEL_NAMES, createDispatcher } from '../../../../electron/services/dispatcher';
import { HandlerError } from '../../../../electron/services/errors';
import { IPC_METHODS, ipcContract } from '../../../../shared/ipc/contract';
import { quietLogger } from '../helpers';

const DEVICE = '5b1f7a4e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';

function fakeHandlers(overrides: Partial<IpcHandlers> = {}): { handlers: IpcHandlers; calls: unknown[] } {
  const calls: unknown[] = [];
  let settings: Settings = defaultSettings(DEVICE);
  // Channels a test does not fake reject (other features append channels to the contract).
  const unfaked = Object.fromEntries(IPC_METHODS.map((m) => [m, () => Promise.reject(new Error(`${m} not faked`))])) as unknown as IpcHandlers;
  const handlers: IpcHandlers = {
    ...unfaked,
    appInfo: () => Promise.resolve({ name: '客诉退货台', version: '1.0.0', host: 'web', platform: 'linux', profilePath: '/p', deviceId: 'd', stationCode: 'B', sharePath: null }),
    getSettings: () => Promise.resolve(settings),
    updateSettings: (patch) => {
      calls.push(patch);
      settings = { ...settings, ...patch };
      return Promise.resolve(settings);
    },
    shareStatus: () => Promise.resolve({ state: 'none', path: null, checkedAt: new Date(0).toISOString(), detail: null }),
    openExternal: (args) => {
      calls.push(args);
      return Promise.resolve(null);
    },
    ...overrides,
  };
  return { handlers, calls };
}

function expectError(result: IpcResult<unknown>, code: string): { message: string; issues?: { path: string; message: string }[] } {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected an error');
  expect(result.error.code).toBe(code);
  return result.error;
}

describe('dispatcher', () => {
  it('knows every contract channel by its name', () => {
    expect(CHANNEL_NAMES).toEqual(Object.values(ipcContract).map((c) => c.name));
    expect(CHANNEL_NAMES).toContain('settings:get');
  });

  it('runs a no-argument channel with undefined, null or {}', async () => {
    const dispatch = createDispatcher(fakeHandlers().handlers, quietLogger().logger);
    for (const raw of [undefined, null, {}]) {
      const result = await dispatch('settings:get', raw);
      expect(result).toEqual({ ok: true, value: defaultSettings(DEVICE) });
    }
  });

  it('passes parsed arguments to the handler', async () => {
    const { handlers, calls } = fakeHandlers();
    const dispatch = createDispatcher(handlers, quietLogger().logger);
    const result = await dispatch('settings:update', { language: 'en', stationCode: 'B' });
    expect(result.ok && result.value).toMatchObject({ language: 'en', stationCode: 'B' });
    expect(calls).toEqual([{ language: 'en', stationCode: 'B' }]);
  });

  it('answers unknown channels with unknownChannel, including prototype names', async () => {
    const dispatch = createDispatcher(fakeHandlers().handlers, quietLogger().logger);
    for (const name of ['nope', 'constructor', '__proto__', 'toString', '', 'getSettings']) {
      expectError(await dispatch(name, {}), 'unknownChannel');
    }
    expectError(await dispatch(42 as unknown as string, {}), 'unknownChannel');
  });

  it.each([
    ['a string', 'settings:update', 'hello', '(arguments)'],
    ['an array', 'settings:update', [1, 2], '(arguments)'],
    ['a number', 'settings:get', 7, '(arguments)'],
    ['an unknown field on a no-arg channel', 'settings:get', { extra: 1 }, 'extra'],
    ['a bad enum', 'settings:update', { language: 'fr' }, 'language'],
    ['a wrong type', 'settings:update', { companyName: 12 }, 'companyName'],
    ['a nested bad field', 'settings:update', { windowBounds: { x: 0, y: 0, width: 100, height: 600, maximized: false } }, 'windowBounds.width'],
    ['the read-only device id', 'settings:update', { deviceId: DEVICE }, 'deviceId'],
    ['an http url', 'shell:open-external', { url: 'http://example.com' }, 'url'],
    ['a file url', 'shell:open-external', { url: 'file:///C:/Windows/system32/calc.exe' }, 'url'],
    ['a missing url', 'shell:open-external', {}, 'url'],
  ])('rejects %s with badArguments naming the field', async (_label, channel, raw, path) => {
    const { handlers, calls } = fakeHandlers();
    const dispatch = createDispatcher(handlers, quietLogger().logger);
    const error = expectError(await dispatch(channel, raw), 'badArguments');
    expect(error.issues?.map((i) => i.path)).toContain(path);
    expect(error.message).toContain(channel);
    expect(error.message).toContain(path);
    expect(calls).toEqual([]);
  });

  it('lists every wrong field at once', async () => {
    const dispatch = createDispatcher(fakeHandlers().handlers, quietLogger().logger);
    const error = expectError(await dispatch('settings:update', { language: 'fr', companyName: 1, bogus: true }), 'badArguments');
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['bogus', 'companyName', 'language']);
  });

  it('turns a throwing handler into failed and logs it', async () => {
    const { logger, lines } = quietLogger();
    const dispatch = createDispatcher(
      fakeHandlers({
        getSettings: () => Promise.reject(new Error('disk on fire')),
        appInfo: () => {
          throw new Error('sync throw');
        },
      }).handlers,
      logger,
    );
    expect(expectError(await dispatch('settings:get', {}), 'failed').message).toBe('disk on fire');
    expect(expectError(await dispatch('app:info', undefined), 'failed').message).toBe('sync throw');
    expect(lines.filter((l) => l.includes('handler threw'))).toHaveLength(2);
  });

  it('keeps the code of a HandlerError', async () => {
    const dispatch = createDispatcher(
      fakeHandlers({ openExternal: () => Promise.reject(new HandlerError('unavailable', 'no browser here')) }).handlers,
      quietLogger().logger,
    );
    const error = expectError(await dispatch('shell:open-external', { url: 'https://example.com/' }), 'unavailable');
    expect(error.message).toBe('no browser here');
  });

  it('does not send a result that breaks the contract', async () => {
    const { logger, lines } = quietLogger();
    const leaky = { ...defaultSettings(DEVICE), language: 'de' } as unknown as Settings;
    const dispatch = createDispatcher(fakeHandlers({ getSettings: () => Promise.resolve(leaky) }).handlers, logger);
    const error = expectError(await dispatch('settings:get', {}), 'failed');
    expect(error.message).toBe('Internal error: settings:get produced an invalid result');
    expect(lines.join('\n')).toMatch(/does not match the contract.*language/);
  });

  it('strips fields the contract does not know from results', async () => {
    const withSecret = { ...defaultSettings(DEVICE), secret: 'p@ss' } as unknown as Settings;
    const dispatch = createDispatcher(fakeHandlers({ getSettings: () => Promise.resolve(withSecret) }).handlers, quietLogger().logger);
    const result = await dispatch('settings:get', {});
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('p@ss');
  });

  it('never rejects, whatever it is given', async () => {
    const dispatch = createDispatcher(
      // A rejection with a non-Error that cannot even be turned into a string.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      fakeHandlers({ getSettings: () => Promise.reject(Object.assign(Object.create(null) as object, { weird: true })) }).handlers,
      quietLogger().logger,
    );
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const inputs: [string, unknown][] = [
      ['settings:update', hostile],
      ['settings:get', hostile],
      ['settings:get', undefined],
      ['settings:update', Symbol('x')],
      ['settings:update', { language: { toString: () => 'en' } }],
    ];
    for (const [channel, raw] of inputs) {
      const result = await dispatch(channel, raw);
      expect(result.ok).toBe(false);
    }
    expect(await dispatch('settings:get', {})).toEqual({ ok: false, error: { code: 'failed', message: 'Unknown error' } });
  });
});

describe('paths in error messages (issue 12)', () => {
  const WINDOWS = 'C:\\Users\\王丽\\AppData\\Roaming\\客诉退货台\\journal\\ops-000001.jsonl';

  it('the renderer gets the base name, the log the whole path', async () => {
    const { logger, lines } = quietLogger();
    const details: unknown[] = [];
    const spy = { ...logger, error: (m: string, ...d: unknown[]) => (lines.push(m), details.push(...d)), warn: (m: string, ...d: unknown[]) => (lines.push(m), details.push(...d)) };
    const { handlers } = fakeHandlers({
      journalState: () => Promise.reject(new HandlerError('failed', `journalUnavailable: ${WINDOWS} cannot be opened: EACCES`)),
      shareStatus: () => Promise.reject(new HandlerError('forbidden', 'wrongShare: \\\\srv\\品质部\\desk holds another share')),
      getSettings: () => Promise.reject(new Error("EPERM: operation not permitted, rename '/home/u/.config/desk/settings.json.tmp' -> '/home/u/.config/desk/settings.json'")),
    });
    const dispatch = createDispatcher(handlers, spy);

    expect(expectError(await dispatch('journal:state', {}), 'failed').message).toBe('journalUnavailable: ops-000001.jsonl cannot be opened: EACCES');
    expect(expectError(await dispatch('share:status', {}), 'forbidden').message).toBe('wrongShare: desk holds another share');
    expect(expectError(await dispatch('settings:get', {}), 'failed').message).toBe("EPERM: operation not permitted, rename 'settings.json.tmp' -> 'settings.json'");
    const logged = details.map((d) => (d instanceof Error ? d.message : String(d))).join('\n');
    expect(logged).toContain(WINDOWS);
    expect(logged).toContain('\\\\srv\\品质部\\desk');
    expect(logged).toContain('/home/u/.config/desk/settings.json');
  });
});
