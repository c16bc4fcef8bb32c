import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import type { User } from '@/lib/sql/types';
import { liveSessionUser } from './live-user';
import { authOptions } from './options';

/**
 * The signed-in user, re-read from the database on every request: a
 * deactivated account, or one whose sessions were revoked (session_version
 * bumped), is signed out on its next request even though its cookie is still
 * cryptographically valid. A forged or tampered cookie never decrypts.
 * Guards (guards.ts) decide what the user may do; this only says who it is.
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
