import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/admin/sign-out-button';
import { may } from '@/lib/auth/policy';
import { getCurrentUser } from '@/lib/auth/session';
import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { pathInLocale } from '@/lib/i18n/locales';

// Navigation only: every admin page and action checks the session itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const locale = await getAdminLocale();
  const t = await getTranslations({ locale, namespace: 'admin' });
  const tSpeakers = await getTranslations({ locale, namespace: 'speakerRegistry' });
  const tImport = await getTranslations({ locale, namespace: 'admin.import' });
  return (
    <>
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 text-sm">
          <Link href="/admin" className="font-semibold text-zinc-900 dark:text-zinc-50">
            {t('nav.brand')}
          </Link>
          {user && (
            <nav aria-label={t('nav.label')} className="flex gap-4">
              <Link href="/admin" className="hover:underline">
                {t('nav.recaps')}
              </Link>
              <Link href="/admin/recaps/new" className="hover:underline">
                {t('nav.newRecap')}
              </Link>
              <Link href="/admin/speakers" className="hover:underline">
                {tSpeakers('nav')}
              </Link>
              <Link href="/admin/import" className="hover:underline">
                {tImport('nav')}
              </Link>
              {may(user, 'people.manage') && (
                <Link href="/admin/users" className="hover:underline">
                  {t('nav.people')}
                </Link>
              )}
              {may(user, 'site.export') && (
                <Link href="/admin/export" className="hover:underline">
                  {t('export.nav')}
                </Link>
              )}
              <Link href="/admin/account" className="hover:underline">
                {t('nav.account')}
              </Link>
              <Link href={pathInLocale(locale, '/', env.defaultLocale)} className="hover:underline">
                {t('nav.viewSite')}
              </Link>
            </nav>
          )}
          {user && (
            <span className="ml-auto flex items-center gap-3">
              <span className="text-zinc-600 dark:text-zinc-400">
                {user.name} ({t(`roles.${user.role}`)})
              </span>
              <SignOutButton />
            </span>
          )}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
