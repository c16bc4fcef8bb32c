import type { Metadata } from 'next';
import { env } from '@/lib/env';

/** Absolute URL of a site path, from SITE_URL. */
export function absoluteUrl(path: string): string {
  return `${env.siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Site-wide metadata shared by the root layouts. */
export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(env.siteUrl),
    title: { default: env.siteName, template: `%s · ${env.siteName}` },
    description: 'Recaps of tech community meetups: every talk, its speakers, slides and video.',
    applicationName: env.siteName,
    alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: `${env.siteName} feed` }] } },
    openGraph: { siteName: env.siteName, type: 'website' },
    twitter: { card: 'summary_large_image' },
  };
}

/** Title, description, canonical URL, Open Graph and Twitter tags of one page. */
export function pageMetadata(input: { title: string; description: string; path: string; noindex?: boolean }): Metadata {
  const url = absoluteUrl(input.path);
  return {
    title: input.title,
    description: input.description,
    // Repeat the feed link: a page's `alternates` replaces the layout's.
    alternates: { canonical: url, types: { 'application/rss+xml': [{ url: '/feed.xml', title: `${env.siteName} feed` }] } },
    openGraph: { title: input.title, description: input.description, url, siteName: env.siteName, type: 'website' },
    twitter: { card: 'summary_large_image', title: input.title, description: input.description },
    ...(input.noindex ? { robots: { index: false, follow: false } } : {}),
  };
}
