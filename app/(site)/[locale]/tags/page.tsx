import type { Metadata } from 'next';
import { TagsListing, tagsMetadata } from '../listings/[listing]/tags';

// `/tags?page=n`, rendered per request. Without a page number, next.config.js
// rewrites `/tags` to the cached listing (lib/routing/listings.mjs).

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function pageNumber({ searchParams }: Props): Promise<number> {
  const raw = (await searchParams).page;
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return tagsMetadata(await pageNumber(props));
}

export default async function TagsPage(props: Props) {
  return <TagsListing page={await pageNumber(props)} />;
}
