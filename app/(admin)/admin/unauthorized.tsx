import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getAdminLocale } from '@/lib/i18n/admin-locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'admin' }))('unauthorized.meta') };
}

/**
 * 401 inside the admin, for a render that calls `unauthorized()`: the session
 * ended (signed out elsewhere, or deactivated) while a page was open. Today
 * pages send a signed-out visitor to /signin themselves (requireOrganizer), so
 * an action refused with 401 re-renders into that redirect; this page is the
 * admin's answer should anything below /admin call `unauthorized()`, instead
 * of Next's bare default.
 */
export default async function AdminUnauthorized() {
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'admin' });
  return (
    <section aria-labelledby="admin-unauthorized-title" className="mx-auto max-w-xl py-12" data-testid="admin-unauthorized">
      <h1 id="admin-unauthorized-title" className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">
        {t('unauthorized.title')}
      </h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t('unauthorized.body')}</p>
      <p className="mt-6">
        <Link href="/signin?callbackUrl=%2Fadmin" className="btn-link">
          {t('unauthorized.signIn')}
        </Link>
      </p>
    </section>
  );
}
