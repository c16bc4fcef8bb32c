import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { EmailTakenError } from './errors';
import { consumeInvite, consumeInviteByEmail, createInvite } from './invites';
import { bumpSessionVersion, countUsers, createUser, getUserByEmail, getUserById, listUsers, setUserActive, setUserPassword } from './users';

const T0 = new Date('2025-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const DAY = 24 * 60 * 60 * 1000;

describe.each(dialects)('users and invites ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const admin = () => createUser(t.db, { email: 'Admin@Example.org', name: 'Ada', role: 'admin', now: T0 });

  test('creates users with lower-cased unique e-mail', async () => {
    expect(await countUsers(t.db)).toBe(0);
    const u = await admin();
    expect(u).toMatchObject({ email: 'admin@example.org', role: 'admin', active: true, sessionVersion: 0 });
    expect((await getUserByEmail(t.db, ' ADMIN@example.ORG '))?.id).toBe(u.id);
    expect((await getUserById(t.db, u.id))?.name).toBe('Ada');
    expect(await getUserById(t.db, u.id + 999)).toBeNull();
    await expect(createUser(t.db, { email: 'admin@EXAMPLE.org', name: 'X', role: 'organizer', now: T0 })).rejects.toThrow(EmailTakenError);
    await createUser(t.db, { email: 'b@example.org', name: 'B', role: 'organizer', passwordHash: 'h', now: T0 });
    expect(await countUsers(t.db)).toBe(2);
    expect((await listUsers(t.db)).map((x) => x.email)).toEqual(['admin@example.org', 'b@example.org']);
  });

  test('setUserActive toggles active and bumps session_version', async () => {
    const u = await admin();
    expect(await setUserActive(t.db, u.id, false, at(1000))).toBe(true);
    expect(await getUserById(t.db, u.id)).toMatchObject({ active: false, sessionVersion: 1, updatedAt: at(1000).toISOString() });
    await setUserActive(t.db, u.id, true, at(2000));
    expect(await getUserById(t.db, u.id)).toMatchObject({ active: true, sessionVersion: 2 });
    expect(await setUserActive(t.db, u.id + 999, true, T0)).toBe(false);
  });

  test('invites are single-use', async () => {
    const u = await admin();
    const token = await createInvite(t.db, 'New@Example.org', 'organizer', u.id, T0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.selectFrom('invites').select('token_hash').executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(await consumeInvite(t.db, token, at(1000))).toMatchObject({ email: 'new@example.org', role: 'organizer' });
    expect(await consumeInvite(t.db, token, at(2000))).toBeNull();
    expect(await consumeInvite(t.db, 'not-a-token', at(2000))).toBeNull();
  });

  test('an invite can be taken up once by its email (GitHub sign-in), in any case', async () => {
    const u = await admin();
    await createInvite(t.db, 'gh@example.org', 'organizer', u.id, T0);
    expect(await consumeInviteByEmail(t.db, 'someone@example.org', at(1))).toBeNull();
    expect(await consumeInviteByEmail(t.db, 'GH@Example.org', at(1))).toMatchObject({ email: 'gh@example.org', role: 'organizer' });
    expect(await consumeInviteByEmail(t.db, 'gh@example.org', at(2))).toBeNull();
  });

  test('invites expire after 7 days', async () => {
    const u = await admin();
    const token = await createInvite(t.db, 'late@example.org', 'admin', u.id, T0);
    expect(await consumeInvite(t.db, token, at(7 * DAY))).toBeNull();
    expect(await consumeInvite(t.db, token, at(7 * DAY - 1))).not.toBeNull();
  });

  test('two concurrent consumes of one invite: exactly one succeeds', async () => {
    const u = await admin();
    const other = t.open(); // a second app instance
    for (let i = 0; i < 5; i++) {
      const token = await createInvite(t.db, `c${i}@example.org`, 'organizer', u.id, T0);
      const results = await Promise.all([consumeInvite(t.db, token, at(1)), consumeInvite(other, token, at(1))]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    }
  });

  test('sign-out and a password change bump session_version', async () => {
    const u = await admin();
    expect(await bumpSessionVersion(t.db, u.id, at(1))).toBe(true);
    expect(await getUserById(t.db, u.id)).toMatchObject({ sessionVersion: 1 });
    expect(await setUserPassword(t.db, u.id, 'new-hash', at(2))).toBe(true);
    expect(await getUserById(t.db, u.id)).toMatchObject({ sessionVersion: 2, passwordHash: 'new-hash' });
    expect(await bumpSessionVersion(t.db, u.id + 99, at(3))).toBe(false);
  });

  test('stores emails in NFKC, so full-width letters are one account', async () => {
    await createUser(t.db, { email: ' ＡＤＡ@example.org ', name: 'Ada', role: 'admin', now: T0 });
    expect((await getUserByEmail(t.db, 'ada@EXAMPLE.org'))?.email).toBe('ada@example.org');
  });
});
