import 'server-only';
import { db } from '@/lib/db/ready';
import { clearFailures, countRecentFailures, recordFailedAttempt } from '@/lib/store/sign-in-attempts';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

// Counted in the database, so every app instance sees the same attempts.

/** Seconds until one more sign-in may be tried for this email from this address, or 0. */
export async function signInRetryAfter(email: string, ip: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const failures = await countRecentFailures(await db(), email.toLowerCase(), ip, since);
  return failures >= MAX_FAILURES ? Math.ceil(WINDOW_MS / 1000) : 0;
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  await recordFailedAttempt(await db(), email.toLowerCase(), ip, new Date());
}

export async function clearSignInFailures(email: string, ip: string): Promise<void> {
  await clearFailures(await db(), email.toLowerCase(), ip);
}
