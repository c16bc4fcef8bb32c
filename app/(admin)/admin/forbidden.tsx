import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getAdminLocale } from '@/lib/i18n/admin-locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'admin' }))('forbidden.meta') };
}

/** 403 inside the admin: a signed-in organizer opened a page for admins (People, for instance). */
export default async function AdminForbidden() {
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'admin' });
  return (
    <section aria-labelledby="admin-forbidden-title" className="mx-auto max-w-xl py-12" data-testid="admin-forbidden">
      <h1 id="admin-forbidden-title" className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">
        {t('forbidden.title')}
      </h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">{t('forbidden.body')}</p>
      <p className="mt-6">
        <Link href="/admin" className="btn-link">
          {t('error.back')}
        </Link>
      </p>
    </section>
  );
}
