// The benchmark API: a measure times the product's code path ("optimized") beside a naive
// counterpart in the same run, on the scale data set, and reports p50 / p95 / max for both,
// the ratio naive / optimized, and whether the target holds.
//
//   export default defineMeasure({
//     name: 'user search',
//     target: { p95Ms: 50 },
//     iterations: 200,
//     warmup: 20,
//     async setup(ctx) { return { queries: [...] }; },     // becomes ctx.state
//     optimized: (ctx, i) => searchUsers(ctx.db, ctx.state.queries[i % n], …),
//     naive: (ctx, i) => ctx.pool.query('… ILIKE …'),
//   });
import type pg from 'pg';
import type { Database } from '../../electron/infra/db/database';
import type { Rng } from '../../prisma/seed/lib/prng';

export interface MeasureContext<S = unknown> {
  /** The product's database handle (Prisma + pool) on the scale data set. */
  db: Database;
  pool: pg.Pool;
  /** Users in the data set (the --scale it was seeded with). */
  scale: number;
  /** Deterministic randomness for choosing inputs. */
  rng: Rng;
  /** What setup() returned. */
  state: S;
}

export interface Measure<S = unknown> {
  name: string;
  target?: { p95Ms?: number };
  iterations: number;
  warmup: number;
  /** Iterations of the naive side, when it is too slow to run `iterations` times. */
  naiveIterations?: number;
  setup?(ctx: MeasureContext<undefined>): Promise<S> | S;
  optimized(ctx: MeasureContext<S>, i: number): Promise<unknown>;
  naive?(ctx: MeasureContext<S>, i: number): Promise<unknown>;
  teardown?(ctx: MeasureContext<S>): Promise<void> | void;
  /** A note printed under the table (what the naive side is, caveats). */
  note?: string;
}

export function defineMeasure<S>(measure: Measure<S>): Measure<S> {
  return measure;
}

export interface Timings {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export interface MeasureResult {
  name: string;
  optimized: Timings | null;
  naive: Timings | null;
  /** naive p50 / optimized p50. */
  ratio: number | null;
  targetP95Ms: number | null;
  met: boolean | null;
  error: string | null;
  note: string | null;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarize(samples: number[]): Timings {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? NaN };
}

async function time(f: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await f();
  return performance.now() - started;
}

/**
 * Runs one measure: warm-up on both sides, then the iterations with the two sides interleaved
 * (so both see the same cache and load), each call timed on its own.
 */
export async function runMeasure<S>(measure: Measure<S>, base: Omit<MeasureContext<S>, 'state'>): Promise<MeasureResult> {
  const result: MeasureResult = { name: measure.name, optimized: null, naive: null, ratio: null, targetP95Ms: measure.target?.p95Ms ?? null, met: null, error: null, note: measure.note ?? null };
  let ctx: MeasureContext<S> | null = null;
  try {
    const state = measure.setup ? await measure.setup({ ...base, state: undefined }) : (undefined as S);
    ctx = { ...base, state };
    const naiveEvery = measure.naive ? Math.max(1, Math.round(measure.iterations / (measure.naiveIterations ?? measure.iterations))) : 0;
    for (let i = 0; i < measure.warmup; i++) {
      await measure.optimized(ctx, i);
      if (measure.naive && i < Math.min(measure.warmup, 3)) await measure.naive(ctx, i);
    }
    const fast: number[] = [];
    const slow: number[] = [];
    for (let i = 0; i < measure.iterations; i++) {
      fast.push(await time(() => measure.optimized(ctx!, i)));
      if (measure.naive && i % naiveEvery === 0) slow.push(await time(() => measure.naive!(ctx!, i)));
    }
    result.optimized = summarize(fast);
    result.naive = slow.length ? summarize(slow) : null;
    result.ratio = result.naive && result.optimized.p50 > 0 ? result.naive.p50 / result.optimized.p50 : null;
    result.met = result.targetP95Ms === null ? null : result.optimized.p95 <= result.targetP95Ms;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    if (ctx && measure.teardown) await Promise.resolve(measure.teardown(ctx)).catch(() => {});
  }
  return result;
}

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));

/** The results as one text table (the first lines say how the data set was made). */
export function formatTable(header: string[], results: MeasureResult[]): string {
  const rows = results.map((r) => [
    r.name,
    ms(r.optimized?.p50),
    ms(r.optimized?.p95),
    ms(r.optimized?.max),
    ms(r.naive?.p50),
    ms(r.naive?.p95),
    ms(r.naive?.max),
    r.ratio === null ? '—' : `${r.ratio >= 10 ? Math.round(r.ratio).toLocaleString('en-US') : r.ratio.toFixed(1)}×`,
    r.targetP95Ms === null ? '—' : `p95 < ${r.targetP95Ms} ms`,
    r.error ? `ERROR: ${r.error}` : r.met === null ? '—' : r.met ? 'yes' : 'NO',
  ]);
  const head = ['measure', 'p50 ms', 'p95 ms', 'max ms', 'naive p50', 'naive p95', 'naive max', 'naive/opt', 'target', 'met'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 || c >= 8 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const out = [...header, '', line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const notes = results.filter((r) => r.note).map((r) => `  ${r.name}: ${r.note}`);
  if (notes.length) out.push('', 'notes:', ...notes);
  return out.join('\n');
}
