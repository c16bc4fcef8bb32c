import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import '../../globals.css';
import { SiteShell } from '@/components/layout/site-shell';
import { env } from '@/lib/env';
import { isLocale } from '@/lib/i18n/locales';
import { siteMetadata } from '@/lib/seo';

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return siteMetadata(isLocale(locale) ? locale : undefined);
}

/**
 * Root layout of the public pages other than a recap's: the URL decides the
 * language (`/zh/…` for Chinese; the default locale has no prefix and is
 * rewritten here by next.config.js, lib/routing/listings.mjs), never a cookie
 * or a header, so every page stays cacheable.
 */
export default async function LocaleLayout({ children, params }: Props) {
  const { locale: segment } = await params;
  // Not a language (`/no/such/page`): the chrome of the default one, and every page under here answers 404
  // for it, so the 404 has the site's header and footer rather than Next's bare page.
  const locale = isLocale(segment) ? segment : env.defaultLocale;
  setRequestLocale(locale);
  return (
    <SiteShell locale={locale} siteName={env.siteName} switcher={{ kind: 'same-page' }}>
      {children}
    </SiteShell>
  );
}
