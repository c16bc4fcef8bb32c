import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { SiteShell } from '@/components/layout/site-shell';
import { env } from '@/lib/env';
import { siteMetadata } from '@/lib/seo';

export function generateMetadata(): Metadata {
  return siteMetadata();
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <SiteShell lang="en" siteName={env.siteName}>
      {children}
    </SiteShell>
  );
}
