import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db/ready';
import type { User } from '@/lib/sql/types';
import { getUserById } from '@/lib/sql/users';

/**
 * The user a session cookie names, if that session is still alive: the account
 * exists, is active, and its session_version is the one the cookie was issued
 * with (sign-out, deactivation and a password change bump it). Read from the
 * database on every request, so it holds on every instance at once; React
 * `cache` makes it one read per request. lib/auth only.
 */
export const liveSessionUser = cache(async (uid: number | undefined, sv: number | undefined): Promise<User | null> => {
  if (typeof uid !== 'number' || typeof sv !== 'number') return null;
  const user = await getUserById(await db(), uid);
  if (!user || !user.active || user.sessionVersion !== sv) return null;
  return user;
});
