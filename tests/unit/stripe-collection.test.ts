import { describe, expect, it } from 'vitest';
import { SortedCollection, type CreatedRange } from '../../electron/emulators/stripe/collection';

type Item = { id: string; created: number; group: string | null };

/** The naive answer: filter, sort newest first (created, then insertion), slice. */
function naive(items: Item[], owner: string, owners: Map<string, string>, group: string | undefined, range: CreatedRange): Item[] {
  return items
    .map((item, seq) => ({ item, seq }))
    .filter(({ item }) => owners.get(item.id) === owner)
    .filter(({ item }) => group === undefined || item.group === group)
    .filter(({ item }) => range.gte === undefined || item.created >= range.gte)
    .filter(({ item }) => range.gt === undefined || item.created > range.gt)
    .filter(({ item }) => range.lte === undefined || item.created <= range.lte)
    .filter(({ item }) => range.lt === undefined || item.created < range.lt)
    .sort((a, b) => b.item.created - a.item.created || b.seq - a.seq)
    .map(({ item }) => item);
}

function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('SortedCollection pagination', () => {
  it('pages forwards and backwards exactly like a sorted filter, for random data', () => {
    const random = rng(42);
    const collection = new SortedCollection<Item>({ group: (item) => item.group });
    const items: Item[] = [];
    const owners = new Map<string, string>();
    for (let i = 0; i < 600; i += 1) {
      const item: Item = { id: `tr_${i}`, created: 1000 + Math.floor(random() * 50), group: random() < 0.3 ? `g${Math.floor(random() * 4)}` : null };
      const owner = random() < 0.9 ? 'platform' : 'acct_x';
      items.push(item);
      owners.set(item.id, owner);
      collection.put(item, owner, i + 1);
    }
    for (let trial = 0; trial < 40; trial += 1) {
      const group = random() < 0.5 ? `g${Math.floor(random() * 4)}` : undefined;
      const range: CreatedRange = {};
      if (random() < 0.5) range.gte = 1000 + Math.floor(random() * 25);
      if (random() < 0.5) range.lt = 1025 + Math.floor(random() * 25);
      const limit = 1 + Math.floor(random() * 30);
      const expected = naive(items, 'platform', owners, group, range);
      const where = group === undefined ? undefined : { group };

      // forwards with starting_after
      const seen: Item[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = collection.list({ owner: 'platform', where, created: range, limit, startingAfter: cursor ? collection.entry(cursor) : undefined });
        seen.push(...page.data);
        expect(page.data.length).toBeLessThanOrEqual(limit);
        if (!page.hasMore) break;
        cursor = page.data[page.data.length - 1]?.id;
      }
      expect(seen.map((i) => i.id)).toEqual(expected.map((i) => i.id));

      // backwards with ending_before from the oldest item
      const oldest = expected[expected.length - 1];
      if (oldest) {
        const back: Item[] = [];
        let before: string = oldest.id;
        for (;;) {
          const page = collection.list({ owner: 'platform', where, created: range, limit, endingBefore: collection.entry(before) });
          // pages stay newest first; walking them in reverse gives ascending order
          back.push(...[...page.data].reverse());
          if (!page.hasMore || page.data.length === 0) break;
          before = (page.data[0] as Item).id;
        }
        expect(back.map((i) => i.id)).toEqual(expected.slice(0, -1).reverse().map((i) => i.id));
      }
    }
  });

  it('replaces objects in place and re-indexes when an indexed field changes', () => {
    const collection = new SortedCollection<Item>({ group: (item) => item.group });
    collection.put({ id: 'a', created: 1, group: 'x' }, 'p', 1);
    collection.put({ id: 'b', created: 2, group: 'x' }, 'p', 2);
    collection.put({ id: 'a', created: 1, group: 'y' }, 'p', 99);
    expect(collection.list({ owner: 'p', where: { group: 'x' }, limit: 10 }).data.map((i) => i.id)).toEqual(['b']);
    expect(collection.list({ owner: 'p', where: { group: 'y' }, limit: 10 }).data.map((i) => i.id)).toEqual(['a']);
    expect(collection.entry('a')?.seq).toBe(1);
    expect(collection.size).toBe(2);
  });
});
