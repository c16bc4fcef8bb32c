import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { TagsListing, tagsMetadata } from '../listings/[listing]/tags';

// `/tags?page=n`, rendered per request. Without a page number, next.config.js
// rewrites `/tags` to the cached listing (lib/routing/listings.mjs).

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function pageNumber({ searchParams }: Props): Promise<number> {
  const raw = (await searchParams).page;
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

async function localeOf({ params }: Props): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return tagsMetadata(await localeOf(props), await pageNumber(props));
}

export default async function TagsPage(props: Props) {
  return <TagsListing locale={await localeOf(props)} page={await pageNumber(props)} />;
}
