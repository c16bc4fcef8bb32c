import type { Metadata } from 'next';
import './globals.css';
import { SiteShell } from '@/components/layout/site-shell';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { env } from '@/lib/env';
import { localePath, otherLocale } from '@/lib/i18n/paths';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'The page you are looking for does not exist.',
  robots: { index: false },
};

/** 404 for URLs that match no route at all (the site has several root layouts). */
export default function GlobalNotFound() {
  return (
    <SiteShell locale={env.defaultLocale} siteName={env.siteName} switcher={{ kind: 'translation', href: localePath(otherLocale(env.defaultLocale), '/') }}>
      <NotFoundContent />
    </SiteShell>
  );
}
