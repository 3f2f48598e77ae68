/**
 * Pools the chart-visible ratios of several bench runs: each page's paired ratios to its
 * floor, run by run as the bench takes them, from every given bench.json that kept its runs'
 * figures, then the median, its 95 % interval and the verdict against the target, as the
 * bench reports one run. Run: npx tsx scripts/bench/pool-runs.ts a/bench.json b/bench.json
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { medianConfidenceInterval, summarise, verdictAgainst } from './stats';

interface BenchResult {
  page: string;
  floor?: string | null;
  isFloor: boolean;
  isCopyWithoutScripts: boolean;
  samples?: { chartVisible: number | null }[];
}

const files = process.argv.slice(2);
if (files.length < 2) throw new Error('usage: pool-runs.ts <bench.json> <bench.json> [...]');
const target = (
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../perf-budgets.json'), 'utf8'),
  ) as {
    chartVisibleOverFloorTarget: number;
  }
).chartVisibleOverFloorTarget;

const pooled = new Map<string, number[]>();
for (const file of files) {
  const { results } = JSON.parse(readFileSync(file, 'utf8')) as { results: BenchResult[] };
  const byPage = new Map(results.map((result) => [result.page, result]));
  for (const result of results) {
    if (result.isFloor || result.isCopyWithoutScripts || !result.floor) continue;
    const floor = byPage.get(`static floor of ${result.floor} (inline SVG)`);
    if (!result.samples || !floor?.samples)
      throw new Error(`${file}: ${result.page} has no per-run figures to pool`);
    const ratios = result.samples.flatMap((sample, run) => {
      const base = floor.samples?.[run]?.chartVisible;
      return sample.chartVisible && base ? [sample.chartVisible / base] : [];
    });
    pooled.set(result.page, [...(pooled.get(result.page) ?? []), ...ratios]);
  }
}

console.log(`| page | runs | × its floor, pooled | 95 % CI | ≤ ${target}× |`);
console.log('| --- | --- | --- | --- | --- |');
for (const [page, ratios] of pooled) {
  // The home page has no chart marks to time.
  if (ratios.length === 0) continue;
  const { median } = summarise(ratios);
  const interval = medianConfidenceInterval(ratios);
  const range = interval ? `${interval.low.toFixed(3)}–${interval.high.toFixed(3)}` : '—';
  console.log(
    `| ${page} | ${ratios.length} | ${median.toFixed(3)} | ${range} | ${verdictAgainst(target, interval)} |`,
  );
}
