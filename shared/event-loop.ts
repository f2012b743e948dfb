/**
 * Giving the event loop back in the middle of long work (the ledger's load
 * of 100,000 rows yields ~150 times), so input and paint run in between.
 * Not setTimeout(0): nested timeouts are clamped to 4 ms each by browsers,
 * which alone added ~0.5 s to a full ledger load. scheduler.yield() where
 * the browser has it (Chromium 129+: the continuation goes first, before
 * other queued tasks, after input), else a message-channel task (unclamped;
 * Node has it too).
 */
interface Port {
  onmessage: (() => void) | null;
  postMessage(message: null): void;
  close(): void;
}
/** The browser's and Node's MessageChannel, typed for what is used here (shared/ has no DOM types). */
const Channel = (globalThis as unknown as { MessageChannel: new () => { port1: Port; port2: Port } }).MessageChannel;

export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise<void>((resolve) => {
    const channel = new Channel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
