// Issue 2 / 6: the admin's audit log screen pages newest-first. The product's listAudit()
// (keyset on seq) against OFFSET at the same depth.
import { listAudit } from '../../../electron/domain/audit/audit-reader';
import { defineMeasure } from '../measure';

interface State {
  total: number;
  /** [depth, cursor] pairs: the cursor is the seq just above the page at that depth. */
  pages: [number, string][];
}

const PAGE = 50;

export default defineMeasure<State>({
  name: 'audit log page (50 rows, deep)',
  target: { p95Ms: 50 },
  iterations: 120,
  warmup: 10,
  naiveIterations: 30,
  note: 'pages at depths spread over the whole log; naive = the same Prisma query with skip: <depth> (OFFSET).',
  async setup(ctx) {
    const total = Number((await ctx.pool.query<{ n: string }>('SELECT count(*)::text AS n FROM audit_log')).rows[0]!.n);
    if (total < PAGE * 4) throw new Error(`the data set has only ${total} audit rows`);
    const pages: [number, string][] = [];
    for (let k = 0; k < 24; k++) {
      const depth = Math.floor(((k + 1) / 25) * (total - PAGE));
      const { rows } = await ctx.pool.query<{ seq: string }>('SELECT seq::text FROM audit_log ORDER BY seq DESC OFFSET $1 LIMIT 1', [Math.max(0, depth - 1)]);
      pages.push([depth, String(BigInt(rows[0]!.seq) + (depth === 0 ? 1n : 0n))]);
    }
    return { total, pages };
  },
  async optimized(ctx, i) {
    const [, cursor] = ctx.state.pages[i % ctx.state.pages.length]!;
    const page = await listAudit(ctx.db, {}, PAGE, cursor);
    if (page.items.length !== PAGE) throw new Error('short page');
  },
  async naive(ctx, i) {
    const [depth] = ctx.state.pages[i % ctx.state.pages.length]!;
    await ctx.db.prisma.auditLog.findMany({ orderBy: { seq: 'desc' }, skip: depth, take: PAGE, include: { actor: { select: { id: true, username: true } } } });
  },
});
