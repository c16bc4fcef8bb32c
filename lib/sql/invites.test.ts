import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { consumeInvite, createInvite, getPendingInvite, INVITE_TTL_MS, listPendingInvites, markInviteRevoked } from './invites';
import { createUser } from './users';

const T0 = new Date('2025-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(dialects)('pending invites ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);

  test('lists pending invites with their expiry, without used or expired ones', async () => {
    const admin = await createUser(t.db, { email: 'admin@example.org', name: 'Ada', role: 'admin', now: T0 });
    await createInvite(t.db, 'late@example.org', 'admin', admin.id, at(1000));
    await createInvite(t.db, 'early@example.org', 'organizer', admin.id, T0);
    const used = await createInvite(t.db, 'used@example.org', 'organizer', admin.id, T0);
    await consumeInvite(t.db, used, at(10));
    const pending = await listPendingInvites(t.db, at(20));
    expect(pending.map((i) => [i.email, i.role, i.expiresAt])).toEqual([
      ['early@example.org', 'organizer', at(INVITE_TTL_MS).toISOString()],
      ['late@example.org', 'admin', at(1000 + INVITE_TTL_MS).toISOString()],
    ]);
    expect(await listPendingInvites(t.db, at(INVITE_TTL_MS + 500))).toHaveLength(1);
  });

  test('a revoked invite stops working at once, and revoking twice reports nothing to do', async () => {
    const admin = await createUser(t.db, { email: 'admin@example.org', name: 'Ada', role: 'admin', now: T0 });
    const token = await createInvite(t.db, 'new@example.org', 'organizer', admin.id, T0);
    const [invite] = await listPendingInvites(t.db, at(1));
    expect(await markInviteRevoked(t.db, invite.id, at(100))).toBe(true);
    expect(await getPendingInvite(t.db, token, at(100))).toBeNull();
    expect(await consumeInvite(t.db, token, at(200))).toBeNull();
    expect(await listPendingInvites(t.db, at(200))).toEqual([]);
    expect(await markInviteRevoked(t.db, invite.id, at(300))).toBe(false);
    expect(await markInviteRevoked(t.db, invite.id + 999, at(300))).toBe(false);
  });

  test('a used invite cannot be revoked', async () => {
    const admin = await createUser(t.db, { email: 'admin@example.org', name: 'Ada', role: 'admin', now: T0 });
    const token = await createInvite(t.db, 'new@example.org', 'organizer', admin.id, T0);
    const consumed = await consumeInvite(t.db, token, at(10));
    expect(await markInviteRevoked(t.db, consumed!.id, at(20))).toBe(false);
  });
});
