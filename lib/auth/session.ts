import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { forbidden, redirect, unauthorized } from 'next/navigation';
import type { Role, User } from '@/lib/sql/types';
import { liveSessionUser } from './live-user';
import { authOptions } from './options';

/**
 * The signed-in user, re-read from the database on every request: a
 * deactivated account, or one whose sessions were revoked (session_version
 * bumped), is signed out on its next request even though its cookie is still
 * cryptographically valid. A forged or tampered cookie never decrypts.
 */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  let session;
  try {
    session = await getServerSession(authOptions());
  } catch {
    return null;
  }
  if (!session?.uid) return null;
  return liveSessionUser(session.uid, session.sv);
});

const allows = (user: User, role: Role) => role === 'organizer' || user.role === 'admin';

/** For admin pages: anonymous visitors go to sign-in and come back; the wrong role gets 403. */
export async function requirePageUser(returnTo: string, role: Role = 'organizer'): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!allows(user, role)) forbidden();
  return user;
}

/** For server actions: 401 when signed out, 403 for the wrong role. Call first, before reading input. */
export async function requireActionUser(role: Role = 'organizer'): Promise<User> {
  const user = await getCurrentUser();
  if (!user) unauthorized();
  if (!allows(user, role)) forbidden();
  return user;
}

/** For route handlers: the user, or the 401/403 response to send. */
export async function requireApiUser(role: Role = 'organizer'): Promise<User | Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'Sign in first.' }, { status: 401 });
  if (!allows(user, role)) return Response.json({ error: 'You do not have permission to do this.' }, { status: 403 });
  return user;
}
