// One resource's objects, kept for Stripe-style listing at any size:
//
// - `byId`: O(1) retrieval.
// - `all` and one bucket per value of each secondary index (destination, transfer_group, owner
//   account, …): arrays sorted ascending by (created, seq), where seq is the insertion sequence, so
//   objects created in the same second keep their creation order.
// - A list query picks the smallest bucket its equality filters allow, narrows it to the created
//   range and the cursor by binary search, then walks newest first until it has `limit + 1`
//   matches. A page therefore costs O(log n + limit) when its filters are indexed.

export interface Stored {
  id: string;
  created: number;
}

export interface Entry<T extends Stored> {
  obj: T;
  seq: number;
  /** The account the object belongs to (the platform, or a connected account via Stripe-Account). */
  owner: string;
}

export interface CreatedRange {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

export interface ListQuery<T extends Stored> {
  owner: string;
  /** Equality filters on secondary indexes: index name → value. */
  where?: Record<string, string>;
  created?: CreatedRange;
  limit: number;
  startingAfter?: Entry<T>;
  endingBefore?: Entry<T>;
  /** Further conditions that no index covers. */
  filter?: (obj: T) => boolean;
}

export interface ListPage<T extends Stored> {
  data: T[];
  hasMore: boolean;
}

type IndexKey<T> = (obj: T) => string | null | undefined;

function compare<T extends Stored>(a: Entry<T>, b: Entry<T>): number {
  return a.obj.created - b.obj.created || a.seq - b.seq;
}

/** First position whose entry is not before `probe` (lower bound). */
function lowerBound<T extends Stored>(arr: Entry<T>[], probe: Entry<T>): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(arr[mid] as Entry<T>, probe) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position whose entry is after `probe` (upper bound). */
function upperBound<T extends Stored>(arr: Entry<T>[], probe: Entry<T>): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(arr[mid] as Entry<T>, probe) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position whose created is ≥ `created` (strict: > `created`). */
function createdBound<T extends Stored>(arr: Entry<T>[], created: number, strict: boolean): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = (arr[mid] as Entry<T>).obj.created;
    if (value < created || (strict && value === created)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted<T extends Stored>(arr: Entry<T>[], entry: Entry<T>): void {
  const last = arr[arr.length - 1];
  if (last === undefined || compare(last, entry) < 0) {
    arr.push(entry); // the usual case: objects arrive in creation order
    return;
  }
  arr.splice(upperBound(arr, entry), 0, entry);
}

function removeSorted<T extends Stored>(arr: Entry<T>[], entry: Entry<T>): void {
  const at = lowerBound(arr, entry);
  if (arr[at] === entry) arr.splice(at, 1);
}

export class SortedCollection<T extends Stored> {
  private readonly byId = new Map<string, Entry<T>>();
  private readonly all: Entry<T>[] = [];
  private readonly indexes = new Map<string, { key: IndexKey<T>; buckets: Map<string, Entry<T>[]> }>();

  constructor(indexes: Record<string, IndexKey<T>> = {}) {
    this.indexes.set('owner', { key: () => null, buckets: new Map() });
    for (const [name, key] of Object.entries(indexes)) this.indexes.set(name, { key, buckets: new Map() });
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.obj;
  }

  entry(id: string): Entry<T> | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  private keyOf(name: string, entry: Entry<T>): string | null | undefined {
    if (name === 'owner') return entry.owner;
    return this.indexes.get(name)?.key(entry.obj);
  }

  private index(entry: Entry<T>): void {
    for (const [name, { buckets }] of this.indexes) {
      const value = this.keyOf(name, entry);
      if (value === null || value === undefined) continue;
      let bucket = buckets.get(value);
      if (!bucket) {
        bucket = [];
        buckets.set(value, bucket);
      }
      insertSorted(bucket, entry);
    }
  }

  private unindex(entry: Entry<T>): void {
    for (const [name, { buckets }] of this.indexes) {
      const value = this.keyOf(name, entry);
      if (value === null || value === undefined) continue;
      const bucket = buckets.get(value);
      if (bucket) removeSorted(bucket, entry);
    }
  }

  /** Inserts a new object or replaces the stored version of an existing one (same id). */
  put(obj: T, owner: string, seq: number): Entry<T> {
    const existing = this.byId.get(obj.id);
    if (existing) {
      const moved = existing.obj.created !== obj.created || existing.owner !== owner;
      const reindex = moved || [...this.indexes.keys()].some((name) => name !== 'owner' && this.indexes.get(name)?.key(existing.obj) !== this.indexes.get(name)?.key(obj));
      if (!reindex) {
        existing.obj = obj;
        return existing;
      }
      this.unindex(existing);
      removeSorted(this.all, existing);
      const entry: Entry<T> = { obj, seq: existing.seq, owner };
      this.byId.set(obj.id, entry);
      insertSorted(this.all, entry);
      this.index(entry);
      return entry;
    }
    const entry: Entry<T> = { obj, seq, owner };
    this.byId.set(obj.id, entry);
    insertSorted(this.all, entry);
    this.index(entry);
    return entry;
  }

  /** Every entry in creation order (oldest first). */
  entries(): readonly Entry<T>[] {
    return this.all;
  }

  /** The entries whose index `name` has `value`, oldest first. */
  bucket(name: string, value: string): readonly Entry<T>[] {
    return this.indexes.get(name)?.buckets.get(value) ?? [];
  }

  /** One page, newest first, as Stripe's list endpoints return it. */
  list(query: ListQuery<T>): ListPage<T> {
    // Candidate array: the smallest bucket among the owner and the indexed equality filters.
    const residual: [string, string][] = [];
    let candidates = this.indexes.get('owner')?.buckets.get(query.owner) ?? [];
    let chosen = 'owner';
    for (const [name, value] of Object.entries(query.where ?? {})) {
      const bucket = this.indexes.get(name)?.buckets.get(value) ?? [];
      if (bucket.length < candidates.length) {
        residual.push([chosen, chosen === 'owner' ? query.owner : (query.where?.[chosen] as string)]);
        candidates = bucket;
        chosen = name;
      } else {
        residual.push([name, value]);
      }
    }
    const matches = (entry: Entry<T>): boolean =>
      residual.every(([name, value]) => this.keyOf(name, entry) === value) && (query.filter ? query.filter(entry.obj) : true);

    let lo = 0;
    let hi = candidates.length;
    const range = query.created;
    if (range) {
      if (range.gte !== undefined) lo = Math.max(lo, createdBound(candidates, range.gte, false));
      if (range.gt !== undefined) lo = Math.max(lo, createdBound(candidates, range.gt, true));
      if (range.lte !== undefined) hi = Math.min(hi, createdBound(candidates, range.lte, true));
      if (range.lt !== undefined) hi = Math.min(hi, createdBound(candidates, range.lt, false));
    }
    if (query.startingAfter) hi = Math.min(hi, lowerBound(candidates, query.startingAfter));
    if (query.endingBefore) lo = Math.max(lo, upperBound(candidates, query.endingBefore));

    const found: T[] = [];
    if (query.endingBefore) {
      // The `limit` objects just newer than the cursor, still returned newest first.
      for (let i = lo; i < hi && found.length <= query.limit; i += 1) {
        const entry = candidates[i] as Entry<T>;
        if (matches(entry)) found.push(entry.obj);
      }
      const hasMore = found.length > query.limit;
      return { data: found.slice(0, query.limit).reverse(), hasMore };
    }
    for (let i = hi - 1; i >= lo && found.length <= query.limit; i -= 1) {
      const entry = candidates[i] as Entry<T>;
      if (matches(entry)) found.push(entry.obj);
    }
    const hasMore = found.length > query.limit;
    return { data: found.slice(0, query.limit), hasMore };
  }
}
