// Every main-thread task of a page over a threshold, from a DevTools trace
// (the Long Tasks API only reports tasks over 50 ms; at 20,000 cases the
// ledger's tasks are 10–30 ms, and each grows with the row count). Each task
// comes with its start (ms after the page's time origin, like the app's
// performance marks) and what ran in it: the JavaScript functions called
// (name and source position) and the browser's own work (GC, layout, paint).
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string; frame?: string };
}

export interface TracedTask {
  /** ms after the page's time origin. */
  at: number;
  ms: number;
  /** What ran inside, longest first: "FunctionCall foo (file:line)", "MajorGC", "Layout", … */
  inside: string[];
}

export interface MainThreadTrace {
  stop(): Promise<TracedTask[]>;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'toplevel'].join(',');

function describe(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  if (event.name === 'FunctionCall' || event.name === 'TimerFire' || event.name === 'EventDispatch' || event.name === 'FireAnimationFrame') {
    const fn = typeof data.functionName === 'string' && data.functionName !== '' ? data.functionName : '';
    const url = typeof data.url === 'string' ? data.url.split('/').pop() : '';
    const line = typeof data.lineNumber === 'number' ? `:${data.lineNumber}:${typeof data.columnNumber === 'number' ? data.columnNumber : ''}` : '';
    const type = typeof data.type === 'string' ? ` ${data.type}` : '';
    return `${event.name}${type} ${fn} (${url ?? ''}${line})`.replace(/\s+/g, ' ').trim();
  }
  return event.name;
}

/** Starts tracing `page`; stop() returns its main-thread tasks of at least `minMs`. */
export async function traceMainThread(context: BrowserContext, page: Page, minMs = 5): Promise<MainThreadTrace> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => {
    for (const e of message.value) events.push(e as unknown as TraceEvent);
  });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  // The page's time origin in trace time: a mark made now is found in the trace.
  const originMark = `bench-trace-origin-${Math.random()}`;
  const markAt = await page.evaluate((name) => performance.mark(name).startTime, originMark);
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      const mark = events.find((e) => e.name === originMark);
      if (!mark) throw new Error('trace: the origin mark is missing');
      const originTs = mark.ts - markAt * 1000;
      const { pid, tid } = mark;
      const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number');
      const tasks = main.filter((e) => e.name === 'RunTask' && e.dur! >= minMs * 1000);
      return tasks.map((task) => {
        const end = task.ts + task.dur!;
        const inside = main
          .filter((e) => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + e.dur! <= end && e.dur! >= 1000)
          .sort((a, b) => b.dur! - a.dur!)
          .slice(0, 8)
          .map((e) => `${describe(e)} ${Math.round(e.dur! / 100) / 10}ms`);
        return { at: Math.round((task.ts - originTs) / 1000), ms: Math.round(task.dur! / 100) / 10, inside };
      });
    },
  };
}
