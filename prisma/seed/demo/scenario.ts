// The demo's named people and their situations. They are ordinary world entities (so every
// table stays consistent with them) that the scenario pins down: who they are, the state of
// their Stripe account, their earnings, their suspension, the claims on their videos. The
// README's walkthroughs use these names.
import { DAY, HOUR, MINUTE } from '../lib/format';
import type { Ctx } from '../world/ctx';
import { payoutPeriods } from '../world/money';
import { emptyScenario, type Scenario } from '../world/world';

export interface DemoCast {
  /** 8 days old, first payout pending (risk: new account, first payout). */
  newCreator: number;
  /** Big creator: pending payout above the $1,000 threshold, first approval given by finance@. */
  largePayoutCreator: number;
  /** Connect account with payouts disabled. */
  payoutsDisabledCreator: number;
  /** Connect requirements past due: the transfers capability is inactive. */
  pastDueCreator: number;
  /** Earnings spike in the last period. */
  spikeCreator: number;
  /** Open moderation cases on their content while a payout waits. */
  openCasesCreator: number;
  /** Two community strikes under HAR-1 (threshold 3 → 7-day suspension) and a new open case. */
  strikesUser: number;
  /** Suspended by moderator@, the suspension ends ~9 minutes after seeding. */
  suspendedSoonUser: number;
  /** A video removed by moderator@, appeal pending. */
  appealVideoCreator: number;
  /** A comment removed with a strike by moderator@, appeal against the strike pending. */
  appealStrikeUser: number;
  /** Two active copyright strikes, a third takedown scheduled. */
  copyrightCreator: number;
  /** Video indexes the scenario uses. */
  videos: { openCase: number; removed: number; copyright: number[]; disputeDueSoon: number; disputeOverdue: number };
}

export const CAST_NAMES = {
  newCreator: { first: 'Marisol', last: 'Vega', username: 'marisol.vega.studio', email: 'marisol@vega-studio.example' },
  largePayoutCreator: { first: 'Kwabena', last: 'Asare', username: 'kwabena.asare.live', email: 'kwabena.asare@example.com' },
  payoutsDisabledCreator: { first: 'Hana', last: 'Kobayashi', username: 'hana.kobayashi.art', email: 'hana.kobayashi@example.jp' },
  pastDueCreator: { first: 'Dmitri', last: 'Volkov', username: 'dmitri.volkov.gaming', email: 'dmitri.volkov@example.com' },
  spikeCreator: { first: 'Zara', last: 'Okoye', username: 'zara.okoye.music', email: 'zara@okoye-music.example' },
  openCasesCreator: { first: 'Tomás', last: 'Ferreira', username: 'tomas.ferreira.cooks', email: 'tomas.ferreira@example.pt' },
  strikesUser: { first: 'Lena', last: 'Fischer', username: 'lena.fischer.fit', email: 'lena.fischer@example.de' },
  suspendedSoonUser: { first: 'Jamal', last: 'Carter', username: 'jamal.carter.clips', email: 'jamal.carter@example.com' },
  appealVideoCreator: { first: 'Nikolai', last: 'Petrov', username: 'nikolai.petrov.films', email: 'nikolai.petrov@example.com' },
  appealStrikeUser: { first: 'Chioma', last: 'Eze', username: 'chioma.eze.daily', email: 'chioma.eze@example.ng' },
  copyrightCreator: { first: 'Sven', last: 'Lindgren', username: 'sven.lindgren.tunes', email: 'sven.lindgren@example.se' },
} as const;

/** Chooses the cast among the world's users and pins their situations on the world. */
export function castDemo(ctx: Ctx): DemoCast {
  const { w, social } = ctx;
  const scenario: Scenario = emptyScenario();
  const videos = social.videosPerCreator();
  const used = new Set<number>();
  const periods = payoutPeriods(w);
  const lastEnd = periods[periods.length - 1]!.end;

  const creator = (test: (c: number) => boolean, from = 0): number => {
    for (let c = from; c < w.sizes.creators; c++) if (!used.has(c) && test(c)) return used.add(c), c;
    for (let c = 0; c < w.sizes.creators; c++) if (!used.has(c) && test(c)) return used.add(c), c;
    throw new Error('demo cast: no creator fits');
  };
  const user = (test: (i: number) => boolean, from: number): number => {
    for (let i = from; i < w.n; i++) if (!w.isCreator(i) && !used.has(-1 - i) && test(i)) return used.add(-1 - i), i;
    throw new Error('demo cast: no user fits');
  };
  const joined = (c: number) => w.userCreatedAt(w.creatorUser(c));
  const old = (c: number) => joined(c) < w.now - 200 * DAY;

  // The youngest creator who joined before the last payout period ended (with a few days of earnings).
  let newCreator = -1;
  for (let c = w.sizes.creators - 1; c >= 0; c--) {
    if (joined(c) + 3 * DAY < lastEnd && joined(c) > w.now - 25 * DAY) {
      newCreator = c;
      break;
    }
  }
  if (newCreator < 0) throw new Error('demo cast: no new creator');
  used.add(newCreator);
  const largePayoutCreator = creator((c) => old(c) && videos[c]! >= 3, 5);
  const payoutsDisabledCreator = creator((c) => old(c) && videos[c]! >= 1, 20);
  const pastDueCreator = creator((c) => old(c) && videos[c]! >= 1, 30);
  const spikeCreator = creator((c) => old(c) && videos[c]! >= 2, 40);
  const openCasesCreator = creator((c) => old(c) && videos[c]! >= 3, 50);
  const appealVideoCreator = creator((c) => old(c) && videos[c]! >= 2, 60);
  const copyrightCreator = creator((c) => old(c) && videos[c]! >= 4, 70);
  const strikesUser = user((i) => w.userCreatedAt(i) < w.now - 120 * DAY, Math.floor(w.n * 0.3));
  const suspendedSoonUser = user((i) => w.userCreatedAt(i) < w.now - 60 * DAY, Math.floor(w.n * 0.4));
  const appealStrikeUser = user((i) => w.userCreatedAt(i) < w.now - 60 * DAY, Math.floor(w.n * 0.5));

  // Videos of the cast (world videos, indexed by upload time; owners from the closed form).
  const videosOf = (c: number) => {
    const out: number[] = [];
    for (let v = 0; v < w.sizes.videos; v++) if (w.videoCreator(v) === c && w.videoCreatedAt(v) < w.now - 45 * DAY) out.push(v);
    return out;
  };
  const tomas = videosOf(openCasesCreator);
  const nikolai = videosOf(appealVideoCreator);
  const sven = videosOf(copyrightCreator);
  const others = videosOf(largePayoutCreator);
  if (tomas.length < 1 || nikolai.length < 1 || sven.length < 3 || others.length < 2) throw new Error('demo cast: not enough old videos');

  const cast: DemoCast = {
    newCreator,
    largePayoutCreator,
    payoutsDisabledCreator,
    pastDueCreator,
    spikeCreator,
    openCasesCreator,
    strikesUser,
    suspendedSoonUser,
    appealVideoCreator,
    appealStrikeUser,
    copyrightCreator,
    videos: { openCase: tomas[0]!, removed: nikolai[0]!, copyright: sven.slice(0, 3), disputeDueSoon: others[0]!, disputeOverdue: others[1]! },
  };

  const creatorNames: [keyof typeof CAST_NAMES, number][] = [
    ['newCreator', newCreator], ['largePayoutCreator', largePayoutCreator], ['payoutsDisabledCreator', payoutsDisabledCreator], ['pastDueCreator', pastDueCreator],
    ['spikeCreator', spikeCreator], ['openCasesCreator', openCasesCreator], ['appealVideoCreator', appealVideoCreator], ['copyrightCreator', copyrightCreator],
  ];
  for (const [role, c] of creatorNames) scenario.names.set(w.creatorUser(c), CAST_NAMES[role]);
  scenario.names.set(strikesUser, CAST_NAMES.strikesUser);
  scenario.names.set(suspendedSoonUser, CAST_NAMES.suspendedSoonUser);
  scenario.names.set(appealStrikeUser, CAST_NAMES.appealStrikeUser);

  scenario.connect.set(newCreator, 'READY').set(largePayoutCreator, 'READY').set(payoutsDisabledCreator, 'PAYOUTS_DISABLED').set(pastDueCreator, 'PAST_DUE');
  scenario.connect.set(spikeCreator, 'READY').set(openCasesCreator, 'READY').set(appealVideoCreator, 'READY').set(copyrightCreator, 'READY');
  scenario.fame.set(newCreator, 0.45).set(largePayoutCreator, 1).set(payoutsDisabledCreator, 0.3).set(pastDueCreator, 0.28).set(spikeCreator, 0.12).set(openCasesCreator, 0.25);
  scenario.fame.set(appealVideoCreator, 0.1).set(copyrightCreator, 0.15);
  scenario.spike.add(spikeCreator);
  scenario.firstApprovalDone.add(largePayoutCreator);
  scenario.openCases.add(openCasesCreator);
  scenario.enforcement.set(suspendedSoonUser, {
    kind: 'SUSPEND',
    at: w.now - 7 * DAY + 9 * MINUTE,
    endsAt: w.now + 9 * MINUTE,
    reason: 'Repeated harassment in comments after two warnings.',
    by: w.staff.moderator,
  });
  scenario.claims.set(cast.videos.copyright[0]!, { status: 'REMOVED' });
  scenario.claims.set(cast.videos.copyright[1]!, { status: 'REMOVED' });
  scenario.claims.set(cast.videos.copyright[2]!, { status: 'TAKEDOWN_SCHEDULED', deadlineAt: w.now + 2 * DAY + 3 * HOUR });
  scenario.claims.set(cast.videos.disputeDueSoon, { status: 'DISPUTED', deadlineAt: w.now + 20 * HOUR });
  scenario.claims.set(cast.videos.disputeOverdue, { status: 'DISPUTED', deadlineAt: w.now - 3 * HOUR });
  scenario.noCase.add(`VIDEO:${cast.videos.openCase}`).add(`VIDEO:${cast.videos.removed}`);
  for (const i of [strikesUser, suspendedSoonUser, appealStrikeUser, ...creatorNames.map(([, c]) => w.creatorUser(c))]) scenario.noCase.add(`USER_PROFILE:${i}`);
  w.scenario = scenario;
  return cast;
}
