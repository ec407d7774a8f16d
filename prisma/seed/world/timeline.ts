// A time series of `total` events between `from` and `to`, spread by an hourly intensity
// (daily rhythm, weekly rhythm, growth, a few viral days). Event k happens at timeOf(k, u): the
// times are non-decreasing in k, so the events of one partition are one contiguous range of k
// and a table can be written partition by partition, in time order.
import { DAY, HOUR } from '../lib/format';

export interface PartitionRange {
  /** Partition bounds [from, to) in ms. */
  from: number;
  to: number;
  /** Event index range [kFrom, kTo). */
  kFrom: number;
  kTo: number;
}

export class Timeline {
  readonly hours: number;
  private readonly cumulative: Float64Array;
  private readonly start: number;

  constructor(
    readonly from: number,
    readonly to: number,
    readonly total: number,
    /** Intensity of the hour that ends `hoursBeforeEnd` hours before `to` (relative, so the series does not depend on the clock's minute). */
    weight: (hoursBeforeEnd: number) => number,
  ) {
    this.hours = Math.max(1, Math.ceil((to - from) / HOUR));
    this.start = to - this.hours * HOUR;
    this.cumulative = new Float64Array(this.hours + 1);
    for (let h = 0; h < this.hours; h++) {
      const hourStart = this.start + h * HOUR;
      const w = hourStart + HOUR <= from ? 0 : (weight(this.hours - 1 - h) * (hourStart + HOUR - Math.max(hourStart, from))) / HOUR;
      this.cumulative[h + 1] = this.cumulative[h]! + w;
    }
  }

  private get weightTotal(): number {
    return this.cumulative[this.hours]!;
  }

  /** Time of event k (u in [0, 1) spreads events within their slot). */
  timeOf(k: number, u = 0.5): number {
    const target = ((k + u) / this.total) * this.weightTotal;
    let lo = 0;
    let hi = this.hours - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.cumulative[mid]! <= target) lo = mid;
      else hi = mid - 1;
    }
    const inHour = this.cumulative[lo + 1]! - this.cumulative[lo]!;
    const frac = inHour > 0 ? (target - this.cumulative[lo]!) / inHour : 0;
    const t = this.start + lo * HOUR + Math.min(0.999999, Math.max(0, frac)) * HOUR;
    return Math.min(this.to - 1, Math.max(this.from, t));
  }

  /** The first event index at or after time t. */
  indexAt(t: number): number {
    if (t <= this.from) return 0;
    if (t >= this.to) return this.total;
    const h = Math.floor((t - this.start) / HOUR);
    const hourStart = this.start + h * HOUR;
    const inHour = this.cumulative[h + 1]! - this.cumulative[h]!;
    const w = this.cumulative[h]! + (inHour * (t - hourStart)) / HOUR;
    return Math.min(this.total, Math.ceil((w / this.weightTotal) * this.total));
  }

  /** Event ranges of the partitions ('day' or 'month', UTC) that the series touches. */
  partitions(interval: 'day' | 'month'): PartitionRange[] {
    const out: PartitionRange[] = [];
    let a = interval === 'day' ? Math.floor(this.from / DAY) * DAY : monthFloor(this.from);
    while (a < this.to) {
      const b = interval === 'day' ? a + DAY : monthNext(a);
      const kFrom = this.indexAt(a);
      const kTo = this.indexAt(b);
      if (kTo > kFrom) out.push({ from: a, to: b, kFrom, kTo });
      a = b;
    }
    return out;
  }
}

function monthFloor(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function monthNext(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * Audience rhythm: evenings busier (a global audience softens the daily swing), weekends busier,
 * ~40% growth over the window, and a couple of viral days. Hours are counted back from the end
 * of the window on a fixed virtual calendar (the series must not depend on when it is seeded).
 */
export function audienceWeight(windowHours: number, viralDaysBack: number[]): (hoursBeforeEnd: number) => number {
  // The virtual end of the window: a Sunday, 18:00 UTC.
  const virtualEnd = Date.UTC(2026, 10, 22, 18);
  return (back) => {
    const at = new Date(virtualEnd - back * HOUR);
    const hour = at.getUTCHours();
    const weekday = at.getUTCDay();
    const daily = 0.55 + 0.45 * Math.sin(((hour - 13) / 24) * 2 * Math.PI) ** 2 + (hour >= 17 && hour <= 23 ? 0.35 : 0);
    const weekly = weekday === 0 || weekday === 6 ? 1.25 : 1;
    const growth = 1 + 0.4 * (1 - back / Math.max(1, windowHours));
    const viral = viralDaysBack.includes(Math.floor(back / 24)) ? 2.2 : 1;
    return daily * weekly * growth * viral;
  };
}

/**
 * The physical order of a time series inside its partitions: within each partition, rows come
 * country by country (ascending code), each country's rows in time order, spread over the
 * partition with the series' intensity. Row ids are UUIDv7-style (a millisecond prefix that
 * increases with the physical order) and session ids increase with it too, so the (id,
 * created_at), (country_code, created_at) and (session_id, …) index builds after a bulk load
 * read already-sorted input.
 */
export class PartitionLayout {
  readonly ranges: PartitionRange[];
  private readonly cum: Float64Array;

  constructor(
    readonly timeline: Timeline,
    interval: 'day' | 'month',
    readonly countries: readonly string[],
    weights: readonly number[],
  ) {
    this.ranges = timeline.partitions(interval);
    this.cum = new Float64Array(countries.length + 1);
    const total = weights.reduce((a, b) => a + b, 0);
    for (let c = 0; c < countries.length; c++) this.cum[c + 1] = this.cum[c]! + weights[c]! / total;
    this.cum[countries.length] = 1;
  }

  rangeOf(k: number): number {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.ranges[mid]!.kFrom <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Where row k of the series sits: its country and time (u spreads it within its slot). */
  locate(k: number, u: number, out: { range: number; r: number; country: number; t: number }): void {
    const ri = this.rangeOf(k);
    const range = this.ranges[ri]!;
    const n = range.kTo - range.kFrom;
    const r = k - range.kFrom;
    let lo = 0;
    let hi = this.countries.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (Math.round(this.cum[mid]! * n) <= r) lo = mid;
      else hi = mid - 1;
    }
    const start = Math.round(this.cum[lo]! * n);
    const size = Math.max(1, Math.round(this.cum[lo + 1]! * n) - start);
    const virtual = range.kFrom + ((r - start + u) / size) * n;
    const t = this.timeline.timeOf(Math.min(range.kTo - 1, Math.floor(virtual)), virtual - Math.floor(virtual));
    out.range = ri;
    out.r = r;
    out.country = lo;
    out.t = Math.min(range.to - 1, Math.max(range.from, t));
  }
}
