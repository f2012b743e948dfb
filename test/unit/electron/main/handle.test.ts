import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { handle } from '../../../../electron/main/ipc/handle';
import type { InvokeEventLike, IpcMainLike } from '../../../../electron/main/ipc/handle';
import { registerIpc } from '../../../../electron/main/ipc/register';
import { createSenderCheck, isOwnRendererUrl, RENDERER_INDEX_URL } from '../../../../electron/main/ipc/trust';
import { CHANNEL_NAMES } from '../../../../electron/services/dispatcher';
import type { Dispatch } from '../../../../electron/services/dispatcher';
import { ok } from '../../../../shared/ipc/result';
import type { IpcResult } from '../../../../shared/ipc/result';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<IpcResult<unknown>>;

class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }
  invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<IpcResult<unknown>> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  }
}

const INDEX = RENDERER_INDEX_URL;
const ourContents = { id: 1 };
const foreignContents = { id: 2 };

function recordingDispatch(): { dispatch: Dispatch; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  return {
    calls,
    dispatch: (channel, raw) => {
      calls.push([channel, raw]);
      return Promise.resolve(ok('dispatched'));
    },
  };
}

const check = createSenderCheck({ rendererIndexUrl: INDEX, isOurWebContents: (sender) => sender === ourContents });
const event = (sender: unknown, url: string | null, parent: unknown = null): InvokeEventLike => ({
  sender,
  senderFrame: url === null ? null : { url, parent },
});

describe('handle() and the sender check', () => {
  it('dispatches calls from our window showing our renderer', async () => {
    const ipc = new FakeIpcMain();
    const { dispatch, calls } = recordingDispatch();
    handle(ipc, 'settings:get', dispatch, check);
    const result = await ipc.invoke('settings:get', event(ourContents, `${INDEX}#/ledger`), { a: 1 });
    expect(result).toEqual({ ok: true, value: 'dispatched' });
    expect(calls).toEqual([['settings:get', { a: 1 }]]);
  });

  it.each([
    ['a foreign web contents', event(foreignContents, INDEX)],
    ['our window showing a remote page', event(ourContents, 'https://evil.example/index.html')],
    ['our window showing another local file', event(ourContents, pathToFileURL('/tmp/evil.html').href)],
    ['a file URL on another host', event(ourContents, 'file://evil-server/opt/desk/resources/app.asar/dist/renderer/index.html')],
    ['a sub-frame', event(ourContents, INDEX, { url: INDEX })],
    ['a destroyed frame', event(ourContents, null)],
  ])('refuses %s with forbidden and does not dispatch', async (_label, ev) => {
    const ipc = new FakeIpcMain();
    const { dispatch, calls } = recordingDispatch();
    handle(ipc, 'settings:update', dispatch, check);
    const result = await ipc.invoke('settings:update', ev, { language: 'en' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('forbidden');
    expect(calls).toEqual([]);
  });

  it('treats a throwing sender check as untrusted', async () => {
    const ipc = new FakeIpcMain();
    const { dispatch, calls } = recordingDispatch();
    handle(ipc, 'app:info', dispatch, () => {
      throw new Error('boom');
    });
    const result = await ipc.invoke('app:info', event(ourContents, INDEX));
    expect(result.ok ? 'ok' : result.error.code).toBe('forbidden');
    expect(calls).toEqual([]);
  });

  it('registerIpc registers every contract channel exactly once', () => {
    const ipc = new FakeIpcMain();
    registerIpc(ipc, recordingDispatch().dispatch, check);
    expect([...ipc.listeners.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('recognises our renderer URL (app://desk/index.html) with routes and queries only', () => {
    expect(isOwnRendererUrl('app://desk/index.html#/case/1')).toBe(true);
    expect(isOwnRendererUrl(`${INDEX}?x=1`, INDEX)).toBe(true);
    for (const other of [
      'app://desk/other.html',
      'app://evil/index.html',
      'app://user@desk/index.html',
      'https://desk/index.html',
      'file:///opt/desk/resources/app.asar/dist/renderer/index.html',
      'not a url',
    ]) {
      expect(isOwnRendererUrl(other), other).toBe(false);
    }
    expect(isOwnRendererUrl(INDEX, 'not a url')).toBe(false);
  });
});
