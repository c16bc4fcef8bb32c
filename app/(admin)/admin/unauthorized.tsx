import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Sign in again' };

/**
 * 401 inside the admin, for a render that calls `unauthorized()`: the session
 * ended (signed out elsewhere, or deactivated) while a page was open. Today
 * pages send a signed-out visitor to /signin themselves (requireOrganizer), so
 * an action refused with 401 re-renders into that redirect; this page is the
 * admin's answer should anything below /admin call `unauthorized()`, instead
 * of Next's bare default.
 */
export default function AdminUnauthorized() {
  return (
    <section aria-labelledby="admin-unauthorized-title" className="mx-auto max-w-xl py-12" data-testid="admin-unauthorized">
      <h1 id="admin-unauthorized-title" className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">
        Your session has ended
      </h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        Sign in again to continue. Work in the editor is kept in this browser and offered back when you return.
      </p>
      <p className="mt-6">
        <Link href="/signin?callbackUrl=%2Fadmin" className="btn-link">
          Sign in
        </Link>
      </p>
    </section>
  );
}
