import type { Metadata } from 'next';
import { decodeSegment } from '@/lib/routing/segment';
import type { ReactNode } from 'react';
import '../../../globals.css';
import { SiteShell } from '@/components/layout/site-shell';
import { env } from '@/lib/env';
import { getRecap } from '@/lib/recaps/public-reads';
import { siteMetadata } from '@/lib/seo';

export function generateMetadata(): Metadata {
  return siteMetadata();
}

/** Root layout of a recap page: `<html lang>` follows the recap's locale. */
export default async function RecapLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const recap = await getRecap(decodeSegment(slug));
  return (
    <SiteShell lang={recap?.locale === 'zh' ? 'zh-CN' : 'en'} siteName={env.siteName}>
      {children}
    </SiteShell>
  );
}
