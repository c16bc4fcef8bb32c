import 'server-only';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db/ready';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { SIGN_IN_LIMITS } from '@/lib/auth/rate-limit';
import { EmailTakenError } from '@/lib/sql/errors';
import { consumeInvite, createInvite, markInviteRevoked } from '@/lib/sql/invites';
import type { Role, User } from '@/lib/sql/types';
import { clearFailures, reserveAttempt } from '@/lib/sql/sign-in-attempts';
import { countUsers, createUser, getUserByEmail, getUserById, setUserActive, setUserLocale, setUserPassword } from '@/lib/sql/users';
import type { Locale } from '@/lib/i18n/locales';

export class UserInputError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super(Object.values(fieldErrors)[0]);
  }
}

/** Creates an invite link token for a new organizer (or admin). Admins only. */
export async function inviteUser(admin: User, email: string, role: Role): Promise<string> {
  authorize(admin, 'people.manage');
  const database = await db();
  if (await getUserByEmail(database, email)) throw new UserInputError({ email: 'This person already has an account.' });
  return createInvite(database, email, role, admin.id, new Date());
}

/** Revokes a pending invite: its link stops working at once. Admins only. */
export async function revokeInvite(admin: User, inviteId: number): Promise<void> {
  authorize(admin, 'people.manage');
  if (!(await markInviteRevoked(await db(), inviteId, new Date()))) {
    throw new UserInputError({ form: 'This invite was already used, revoked or expired. Reload the page.' });
  }
}

/** Turns an invite into an account, atomically: a failed sign-up does not use up the invite. Anyone holding the link. */
export async function acceptInvite(token: string, input: { name: string; password: string }): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const database = await db();
  try {
    return await database.transaction().execute(async (trx) => {
      const invite = await consumeInvite(trx, token, new Date());
      if (!invite) throw new UserInputError({ form: 'This invite link has expired or was already used. Ask an admin for a new one.' });
      return createUser(trx, { email: invite.email, name: input.name, role: invite.role, passwordHash, now: new Date() });
    });
  } catch (error) {
    if (error instanceof EmailTakenError) throw new UserInputError({ form: 'An account with this email already exists. Sign in instead.' });
    throw error;
  }
}

/** Deactivates or reactivates a person; their sessions stop working on the next request. Admins only, never themselves. */
export async function setPersonActive(admin: User, userId: number, active: boolean): Promise<void> {
  authorize(admin, 'people.manage');
  if (admin.id === userId) throw new UserInputError({ form: 'You cannot deactivate yourself.' });
  const database = await db();
  if (!(await getUserById(database, userId))) throw new UserInputError({ form: 'That person no longer exists. Reload the page.' });
  await setUserActive(database, userId, active, new Date());
}

/** Creates the first admin from /setup; refused as soon as any user exists. */
export async function createFirstAdmin(input: { email: string; name: string; password: string }): Promise<User> {
  const database = await db();
  if ((await countUsers(database)) > 0) throw new UserInputError({ form: 'Setup is already complete. Sign in instead.' });
  const passwordHash = await hashPassword(input.password);
  return database.transaction().execute(async (trx) => {
    // Re-checked inside the transaction so two racing setups cannot both win.
    if ((await countUsers(trx)) > 0) throw new UserInputError({ form: 'Setup is already complete. Sign in instead.' });
    return createUser(trx, { ...input, role: 'admin', passwordHash, now: new Date() });
  });
}

/**
 * Where wrong current passwords on the Account page are counted, in the
 * sign-in attempts table: under the account's own limits, so a stolen session
 * cannot be used to guess the password faster than the sign-in form allows.
 */
const ACCOUNT_PAGE = 'account-page';

/**
 * Changes a person's own password once their current one is verified, and
 * ends every session of the account (this one included, on every instance) in
 * the same write. The signed-in, active user themselves only.
 */
export async function changeOwnPassword(user: User, current: string, next: string): Promise<void> {
  authorize(user, 'account.password');
  const database = await db();
  // Re-read and again: the caller's copy may predate a deactivation or another password change.
  const fresh = await getUserById(database, user.id);
  authorize(fresh, 'account.password');
  if (!fresh.passwordHash) throw new UserInputError({ form: 'This account signs in with GitHub and has no password to change.' });
  const now = new Date();
  const attempt = await reserveAttempt(database, fresh.email, ACCOUNT_PAGE, now, SIGN_IN_LIMITS);
  if (!attempt.ok) {
    const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
    throw new UserInputError({ current: `Too many wrong passwords. Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again.` });
  }
  if (!(await verifyPassword(current, fresh.passwordHash))) throw new UserInputError({ current: 'That is not your current password.' });
  await clearFailures(database, fresh.email, ACCOUNT_PAGE);
  await setUserPassword(database, fresh.id, await hashPassword(next), now);
}

/**
 * Sets the signed-in person's admin language (null: follow the browser).
 * The signed-in, active user themselves only.
 */
export async function setOwnLocale(user: User, locale: Locale | null): Promise<void> {
  authorize(user, 'account.language');
  if (!(await setUserLocale(await db(), user.id, locale, new Date()))) {
    throw new UserInputError({ form: 'That person no longer exists. Reload the page.' });
  }
}
