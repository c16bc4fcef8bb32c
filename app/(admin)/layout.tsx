import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { NextIntlClientProvider } from 'next-intl';
import '../globals.css';
import { env } from '@/lib/env';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { adminMessages } from '@/lib/i18n/admin-messages';
import { HTML_LANG } from '@/lib/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'admin' });
  return {
    title: { default: t('meta.titleDefault', { siteName: env.siteName }), template: t('meta.titleTemplate', { siteName: env.siteName }) },
    robots: { index: false, follow: false },
  };
}

/**
 * Root layout of the organizer area (sign-in, setup, invites, /admin), in the
 * admin locale (lib/i18n/admin-locale.ts). Its one client provider carries
 * only the admin namespaces: the public site's layouts never include it.
 */
export default async function AdminRootLayout({ children }: { children: ReactNode }) {
  const locale = await getAdminLocale();
  return (
    <html lang={HTML_LANG[locale]}>
      <body className="min-h-dvh bg-zinc-50 dark:bg-zinc-950">
        <NextIntlClientProvider locale={locale} messages={adminMessages(locale)}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
