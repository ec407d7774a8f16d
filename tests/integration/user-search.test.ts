// Finding a user from whatever support has: id, email, username, a misspelt display name,
// a phone number or a Stripe id — with emails and phones masked for roles without PII access.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, createUser } from '../support/factories';
import { startTestConsole, type TestClient, type TestConsole } from '../support/test-runtime';

let c: TestConsole;
let support: TestClient;
let finance: TestClient;
let target: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  c = await startTestConsole();
  const first = ['Olivia', 'Liam', 'Amara', 'Noah', 'Sofia', 'Mateo', 'Yuki', 'Ivan', 'Chloe', 'Kwame'];
  const last = ['Johnson', 'Garcia', 'Okafor', 'Tanaka', 'Novak', 'Silva', 'Kowalski', 'Mensah', 'Dubois', 'Hughes'];
  const rows = first.flatMap((f, i) => last.map((l, j) => ({
    username: `${f}.${l}${i}${j}`.toLowerCase(),
    email: `${f}.${l}.${i}${j}@mail.example`.toLowerCase(),
    displayName: `${f} ${l}`,
    phoneNumber: `+1555${String(i * 10 + j).padStart(7, '0')}`,
  })));
  await c.db.prisma.user.createMany({ data: rows });
  target = await createUser(c.db, {
    username: 'marguerite_ducharme',
    email: 'm.ducharme@studio.example',
    displayName: 'Marguerite Ducharme',
    phoneNumber: '+14155550198',
    stripeCustomerId: 'cus_Q9xTestCustomer01',
    stripeConnectAccountId: 'acct_1TestConnect0001',
  });
  await createStaff(c.db, ['support'], { email: 'support-search@socialflow.test' });
  await createStaff(c.db, ['finance'], { email: 'finance-search@socialflow.test' });
  support = c.client('support');
  finance = c.client('finance');
  await support.signIn('support-search@socialflow.test', 'staff-password');
  await finance.signIn('finance-search@socialflow.test', 'staff-password');
});
afterAll(() => c?.close());

const top = async (client: TestClient, q: string) => (await client.ok('users.search', { q, limit: 10 })).items;

describe('user search', () => {
  it('finds by id, Stripe customer id and Stripe Connect id exactly', async () => {
    for (const q of [target.id, 'cus_Q9xTestCustomer01', 'acct_1TestConnect0001']) {
      const [hit] = await top(support, q);
      expect(hit?.id, q).toBe(target.id);
      expect(hit?.score).toBe(1);
    }
    expect(await top(support, 'cus_doesNotExist')).toEqual([]);
  });

  it('finds by email, exact first, then by prefix', async () => {
    expect((await top(finance, 'M.Ducharme@studio.example'))[0]).toMatchObject({ id: target.id, matchedOn: 'email', score: 1 });
    const prefix = await top(finance, 'olivia.');
    expect(prefix.length).toBeGreaterThanOrEqual(10);
    expect(prefix.every((h) => h.email.value?.startsWith('olivia.'))).toBe(true);
  });

  it('finds by username prefix and by a misspelt display name', async () => {
    expect((await top(support, 'marguerite_d'))[0]?.id).toBe(target.id);
    const fuzzy = await top(support, 'Margerite Duchamre');
    expect(fuzzy[0]).toMatchObject({ id: target.id, matchedOn: 'display_name' });
    expect(fuzzy[0]!.score).toBeLessThan(1);
    const mensah = await top(support, 'Kwame Mensa');
    expect(mensah[0]?.displayName).toBe('Kwame Mensah');
  });

  it('finds by phone number however it is typed', async () => {
    for (const q of ['+1 415 555 0198', '(415) 555-0198', '4155550198']) {
      expect((await top(support, q))[0]?.id, q).toBe(target.id);
    }
  });

  it('masks emails and phones for roles without PII access, not for finance', async () => {
    const [asSupport] = await top(support, target.id);
    expect(asSupport!.email).toEqual({ value: 'm.•••@•••.example', masked: true });
    expect(asSupport!.phone.masked).toBe(true);
    expect(asSupport!.phone.value).not.toContain('555');
    const [asFinance] = await top(finance, target.id);
    expect(asFinance!.email).toEqual({ value: 'm.ducharme@studio.example', masked: false });
  });

  it('treats LIKE wildcards in the query as text', async () => {
    expect(await top(support, '%')).toEqual([]);
    expect(await top(support, '_____')).toEqual([]);
  });

  it('hides deleted accounts', async () => {
    const gone = await createUser(c.db, { username: 'deleted_person_x', isDeleted: true, deletedAt: new Date() });
    expect((await top(support, 'deleted_person_x')).map((h) => h.id)).not.toContain(gone.id);
  });
});
