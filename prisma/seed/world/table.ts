// One table of the generated world: its columns, and its rows as COPY text lines, produced on
// demand from the world's closed-form facts.
import type { Ctx } from './ctx';
import type { PartitionRange } from './timeline';

export interface TableGen {
  table: string;
  columns: readonly string[];
  /** Expected rows (for progress and proportions; the generator decides the exact count). */
  estimate(ctx: Ctx): number;
  /** Every row, as COPY text lines. */
  rows(ctx: Ctx): Iterable<string>;
  /** Time-partitioned tables written partition by partition (rows in time order). */
  partitioned?: {
    interval: 'day' | 'month';
    ranges(ctx: Ctx): PartitionRange[];
    rowsIn(ctx: Ctx, range: PartitionRange): Iterable<string>;
    /** The same rows as binary COPY chunks (BinaryRows), when the table has a binary writer. */
    binaryIn?(ctx: Ctx, range: PartitionRange): Iterable<Buffer>;
  };
}
