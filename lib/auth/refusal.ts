import 'server-only';
import { forbidden, redirect, unauthorized } from 'next/navigation';
import { NotAllowedError } from './policy';

// The one place a NotAllowedError becomes what the person gets: a page
// redirects to sign-in or answers 403, a server action answers 401/403 (the
// admin's unauthorized.tsx / forbidden.tsx), a route handler a JSON 401/403,
// and a refusal from a lib mutation inside an action the form's message.

/** Signed out or deactivated: sign in again. A role that does not allow it: 403. */
const needsSignIn = (refusal: NotAllowedError) => refusal.reason !== 'role';

/** For pages: to sign-in (and back to `returnTo` afterwards), or 403. */
export function refusePage(refusal: NotAllowedError, returnTo: string): never {
  if (needsSignIn(refusal)) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  forbidden();
}

/** For server actions, before reading any input: 401 or 403. */
export function refuseAction(refusal: NotAllowedError): never {
  if (needsSignIn(refusal)) unauthorized();
  forbidden();
}

/** For route handlers: the 401 or 403 to send, `{ error }` in words, never cached. */
export function refusalResponse(refusal: NotAllowedError): Response {
  const signIn = needsSignIn(refusal);
  return Response.json(
    { error: signIn ? 'Sign in first.' : 'You do not have permission to do this.' },
    { status: signIn ? 401 : 403, headers: { 'Cache-Control': 'no-store' } },
  );
}

/**
 * In a server action's catch: the message its form shows when a lib mutation
 * refused (the guard in front of it makes this rare), or null for any other
 * error, which the action rethrows.
 */
export function refusalMessage(error: unknown): string | null {
  return error instanceof NotAllowedError ? error.message : null;
}
