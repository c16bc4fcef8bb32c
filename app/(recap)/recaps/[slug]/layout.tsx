import type { Metadata } from 'next';
import { decodeSegment } from '@/lib/routing/segment';
import type { ReactNode } from 'react';
import '../../../globals.css';
import { SiteShell } from '@/components/layout/site-shell';
import { env } from '@/lib/env';
import { getRecap, listPublishedTranslations } from '@/lib/recaps/public-reads';
import { translationHref } from '@/lib/recaps/translation-links';
import { siteMetadata } from '@/lib/seo';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const recap = await getRecap(decodeSegment((await params).slug));
  return siteMetadata(recap?.locale ?? env.defaultLocale);
}

/**
 * Root layout of a recap page. A recap page has one URL whatever its
 * language (each language version has its own slug), and its chrome and
 * `<html lang>` follow the recap's own language.
 */
export default async function RecapLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const recap = await getRecap(decodeSegment(slug));
  const locale = recap?.locale ?? env.defaultLocale;
  // The switcher links to the published version in the other language, or says there is none.
  const href = recap ? translationHref(recap, await listPublishedTranslations(recap)) : null;
  return (
    <SiteShell locale={locale} siteName={env.siteName} switcher={{ kind: 'translation', href }}>
      {children}
    </SiteShell>
  );
}
