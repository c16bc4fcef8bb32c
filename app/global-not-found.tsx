import type { Metadata } from 'next';
import './globals.css';
import { SiteShell } from '@/components/layout/site-shell';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { env } from '@/lib/env';
import { localePath, otherLocale } from '@/lib/i18n/paths';
import { translator } from '@/lib/i18n/translator';

// In the default locale (fixed at build, like the routes): a URL that matches no route has no language of its own.
const t = translator(env.defaultLocale, 'errors.notFound');

export const metadata: Metadata = { title: t('metaTitle'), description: t('metaDescription'), robots: { index: false } };

/** 404 for URLs that match no route at all (the site has several root layouts). */
export default function GlobalNotFound() {
  return (
    <SiteShell locale={env.defaultLocale} siteName={env.siteName} switcher={{ kind: 'translation', href: localePath(otherLocale(env.defaultLocale), '/') }}>
      <NotFoundContent locale={env.defaultLocale} />
    </SiteShell>
  );
}
