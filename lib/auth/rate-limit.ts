import 'server-only';
import { db } from '@/lib/db/ready';
import { clearFailures, reserveAttempt, type AttemptLimits } from '@/lib/sql/sign-in-attempts';

/**
 * Sign-in limits, counted in the database so every app instance sees the same
 * attempts: 5 per email and address in 15 minutes stops one client; 20 per
 * email from all addresses in an hour stops a botnet from guessing one
 * account (at the price that such an attack also locks its owner out for up
 * to an hour). The README documents these numbers.
 */
export const SIGN_IN_LIMITS: AttemptLimits = {
  perPair: 5,
  pairWindowMs: 15 * 60 * 1000,
  perAccount: 20,
  accountWindowMs: 60 * 60 * 1000,
};

/**
 * Counts one sign-in attempt for an email (already normalized by
 * signInEmail) from an address, before the password is checked. Returns 0 if
 * it may go ahead, or the seconds to wait. The sign-in route only.
 */
export async function beginSignInAttempt(email: string, ip: string, now = new Date()): Promise<number> {
  const result = await reserveAttempt(await db(), email, ip, now, SIGN_IN_LIMITS);
  return result.ok ? 0 : result.retryAfterSeconds;
}

/** After the right password: this address starts from zero again. The credentials provider only. */
export async function clearSignInFailures(email: string, ip: string): Promise<void> {
  await clearFailures(await db(), email, ip);
}
