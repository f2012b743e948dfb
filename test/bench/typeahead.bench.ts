// Master-data type-ahead benchmark (issue 16): 20,000 generated customers
// (Chinese company names with a city, a brand, a trade and a legal form,
// some with aliases), the index built once (pinyin of every name and alias),
// then search(query, 20) timed per keystroke while typing pinyin initials,
// full pinyin, Chinese text and codes one character at a time.
// Target: ≤ 30 ms per keystroke. Reports the median and p95, never fails.
import { performance } from 'node:perf_hooks';
import type { MasterEntry } from '../../shared/domain/master-data/entry';
import { buildTypeaheadIndex } from '../../shared/domain/master-data/typeahead';
import { median } from './timing';

const CUSTOMERS = Number(process.env.BENCH_TYPEAHEAD_CUSTOMERS ?? 20_000);
const ROUNDS = Number(process.env.BENCH_TYPEAHEAD_ROUNDS ?? 5);

const CITIES = ['深圳', '东莞', '宁波', '苏州', '上海', '广州', '重庆', '厦门', '青岛', '无锡', '佛山', '杭州', '天津', '成都', '武汉', '长沙'];
const BRANDS = ['华为', '中兴', '美的', '格力', '海尔', '比亚迪', '立讯', '欣旺达', '德赛', '传音', '长城', '大华', '海康', '正泰', '公牛', '奥克斯', '华星', '天马', '京东方', '舜宇'];
const TRADES = ['电子', '电器', '精密', '科技', '光电', '通讯', '汽车部件', '智能', '五金', '塑胶'];
const FORMS = ['有限公司', '股份有限公司', '集团有限公司'];

/** A deterministic pseudo-random sequence (the same customers every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function customers(n: number): MasterEntry[] {
  const next = random(16);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const brand = pick(BRANDS);
    const name = `${pick(CITIES)}${brand}${pick(TRADES)}${i % 97}${pick(FORMS)}`;
    return {
      id: `bench-${i}`,
      kind: 'customer',
      code: `C${String(i).padStart(5, '0')}`,
      name,
      aliases: i % 3 === 0 ? [`${brand}${i % 97}`] : [],
      active: true,
      confirmed: true,
      parentId: '',
      market: i % 5 === 0 ? 'foreign' : 'domestic',
    };
  });
}

/** Each query typed one character at a time: every prefix is one keystroke. */
const TYPED = ['szhwdz', 'hwdz', 'shenzhenhuawei', '深圳华为电子', '华为', '京东方', 'C01234', 'c199', 'zx', 'ningbomeidi', '海尔电器5', 'xyz不存在'];

export async function runTypeaheadBench(): Promise<Record<string, unknown>> {
  const entries = customers(CUSTOMERS);
  const t0 = performance.now();
  const index = buildTypeaheadIndex(entries);
  const buildMs = performance.now() - t0;

  const samples: number[] = [];
  let found = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    for (const query of TYPED) {
      for (let k = 1; k <= query.length; k++) {
        const start = performance.now();
        const result = index.search(query.slice(0, k), 20);
        const ms = performance.now() - start;
        if (round > 0) samples.push(ms); // round 0 warms up
        found += result.length;
      }
    }
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
  const round1 = (n: number) => Math.round(n * 10) / 10;
  await Promise.resolve();
  return {
    customers: CUSTOMERS,
    keystrokes: samples.length,
    indexBuildMs: Math.round(buildMs),
    perKeystroke: { medianMs: round1(median(samples)), p95Ms: round1(p95), maxMs: round1(sorted[sorted.length - 1]!), targetMs: 30 },
    resultsSeen: found,
  };
}
