import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Not allowed' };

/** 403 inside the admin: a signed-in organizer opened a page for admins (People, for instance). */
export default function AdminForbidden() {
  return (
    <section aria-labelledby="admin-forbidden-title" className="mx-auto max-w-xl py-12" data-testid="admin-forbidden">
      <h1 id="admin-forbidden-title" className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">
        Only admins can open this page
      </h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        You are signed in as an organizer. Ask an admin if you need something changed here, such as inviting a new organizer.
      </p>
      <p className="mt-6">
        <Link href="/admin" className="btn-link">
          Back to recaps
        </Link>
      </p>
    </section>
  );
}
