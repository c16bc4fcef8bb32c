'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { startTransition, useEffect } from 'react';
import { useTranslations } from 'next-intl';

/**
 * An unexpected error in an admin page, shown inside the admin layout (its
 * navigation stays usable) rather than the public site's error page. The
 * server already logged the error; the reader gets its reference only.
 */
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('admin.error');
  const router = useRouter();
  useEffect(() => {
    // In the browser console too, for an organizer reporting the problem.
    if (error.digest) console.error(`Admin page error, reference ${error.digest}`);
  }, [error.digest]);
  return (
    <section aria-labelledby="admin-error-title" className="mx-auto max-w-xl py-12" data-testid="admin-error">
      <h1 id="admin-error-title" className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">
        {t('title')}
      </h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t('body')}</p>
      {error.digest && <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('reference', { digest: error.digest })}</p>}
      <p className="mt-6 flex flex-wrap gap-3">
        {/* reset() alone re-renders what the browser has; the failure was on the server, so fetch the page again. */}
        <button
          type="button"
          className="btn-link"
          onClick={() =>
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
        >
          {t('retry')}
        </button>
        <Link href="/admin" className="btn-link">
          {t('back')}
        </Link>
      </p>
    </section>
  );
}
