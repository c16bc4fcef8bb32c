import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { countRecentFailures } from '@/lib/sql/sign-in-attempts';
import type { User } from '@/lib/sql/types';
import { createUser, getUserById, setUserActive } from '@/lib/sql/users';

// changeOwnPassword against a real database of each dialect (the app's handle points at it).
const state = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('@/lib/db/ready', () => ({ db: async () => state.db }));

const { changeOwnPassword, UserInputError } = await import('./mutations');

const OLD = 'the-old-password';
const NEW = 'a-brand-new-password';

describe.each(dialects)('changeOwnPassword on $dialect', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  let user: User;
  beforeEach(async () => {
    state.db = t.db;
    user = await createUser(t.db, { email: 'org@example.com', name: 'Org', role: 'organizer', passwordHash: await hashPassword(OLD), now: new Date() });
  });

  const reread = async () => (await getUserById(t.db, user.id))!;

  it.skipIf(skip)('refuses a wrong current password at the field and changes nothing', async () => {
    const error = await changeOwnPassword(user, 'not-my-password', NEW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as InstanceType<typeof UserInputError>).fieldErrors).toEqual({ current: 'That is not your current password.' });
    const after = await reread();
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(after.sessionVersion).toBe(user.sessionVersion);
    // Counted like a failed sign-in, so a stolen session cannot guess freely.
    expect(await countRecentFailures(t.db, user.email, new Date(Date.now() - 60_000))).toBe(1);
  });

  it.skipIf(skip)('refuses a deactivated person, even holding a copy from before the deactivation', async () => {
    await setUserActive(t.db, user.id, false, new Date());
    const deactivated = await reread();
    await expect(changeOwnPassword(user, OLD, NEW)).rejects.toThrow(/deactivated/);
    await expect(changeOwnPassword(deactivated, OLD, NEW)).rejects.toThrow(/deactivated/);
    const after = await reread();
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(after.sessionVersion).toBe(deactivated.sessionVersion);
  });

  it.skipIf(skip)('sets the new password and ends every session of the account', async () => {
    await changeOwnPassword(user, OLD, NEW);
    const after = await reread();
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyPassword(NEW, after.passwordHash)).toBe(true);
    expect(await verifyPassword(OLD, after.passwordHash)).toBe(false);
    // The old password no longer proves who you are.
    await expect(changeOwnPassword(after, OLD, 'yet-another-password')).rejects.toThrow(/not your current password/);
  });

  it.skipIf(skip)('stops guessing after five wrong passwords, even the right one, and forgets them after a success', async () => {
    for (let i = 0; i < 5; i++) await expect(changeOwnPassword(user, `wrong-${i}-password`, NEW)).rejects.toThrow(/not your current password/);
    await expect(changeOwnPassword(user, OLD, NEW)).rejects.toThrow(/^Too many wrong passwords\. Wait \d+ minutes? and try again\.$/);
    expect((await reread()).passwordHash).toBe(user.passwordHash);
    await t.db.deleteFrom('sign_in_attempts').execute();
    await changeOwnPassword(user, OLD, NEW);
    expect(await countRecentFailures(t.db, user.email, new Date(Date.now() - 60_000))).toBe(0);
  });

  it.skipIf(skip)('refuses an account that signs in with GitHub only', async () => {
    const github = await createUser(t.db, { email: 'gh@example.com', name: 'Gh', role: 'organizer', githubId: '42', now: new Date() });
    await expect(changeOwnPassword(github, '', NEW)).rejects.toThrow(/GitHub/);
    expect((await getUserById(t.db, github.id))!.passwordHash).toBeNull();
  });
});
