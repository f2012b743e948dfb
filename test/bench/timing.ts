// Timing of a benchmark step: one warm-up run, then `runs` timed runs; the
// median, fastest and slowest wall time, and optionally the CPU time of this
// process per run (the machine may be shared, and wall time then counts the
// others' work too; work done in another process, such as chromium's, is not
// in it).
import { performance } from 'node:perf_hooks';

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  cpuMsPerRun?: number;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const round = (n: number) => Math.round(n * 10) / 10;

export async function timeRuns(runs: number, run: () => Promise<unknown>, options: { cpu?: boolean } = {}): Promise<Timing> {
  await run();
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  const timing: Timing = { medianMs: round(median(samples)), minMs: round(Math.min(...samples)), maxMs: round(Math.max(...samples)) };
  if (options.cpu) timing.cpuMsPerRun = round((cpu.user + cpu.system) / 1000 / runs);
  return timing;
}
