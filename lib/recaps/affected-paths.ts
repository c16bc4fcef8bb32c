import { LISTINGS, listingRoute, type ListingName } from '@/lib/routing/listings.mjs';
import { tagSlug } from './slug';
import type { RecapSummary } from './types';

/**
 * Pages that show every recap. `/`, `/recaps`, `/speakers` and `/tags` are
 * cached under the route they are rewritten to (lib/routing/listings.mjs):
 * both paths are expired, the public one so that a server action also tells
 * the browser's router to drop its copy. The sitemap and the feed are
 * rendered per request; expiring them costs nothing and keeps them right
 * should one become cached.
 */
export const LISTING_PATHS = [
  ...Object.values(LISTINGS),
  ...(Object.keys(LISTINGS) as ListingName[]).map(listingRoute),
  '/sitemap.xml',
  '/feed.xml',
];

/**
 * The public paths whose HTML can differ after a change to the recaps
 * `slugs` (published, unpublished, edited; a renamed recap is its old and its
 * new slug), given every public recap before and after the change, newest
 * event first as listAllRecaps returns them:
 * - each recap's page (a new slug may have a cached 404) and its social card,
 * - the recaps next to it in event order, before and after (their
 *   previous/next links name it),
 * - the pages of its speakers and tags, before and after,
 * - the listings.
 * Segments are URL-encoded like the links that point at them. Pure.
 */
export function affectedPaths(before: RecapSummary[], after: RecapSummary[], slugs: string[]): string[] {
  const paths = new Set(LISTING_PATHS);
  for (const slug of slugs) {
    paths.add(recapPath(slug));
    paths.add(recapCardPath(slug));
  }
  for (const list of [before, after]) {
    const index = new Map(list.map((r, i) => [r.slug, i]));
    for (const slug of slugs) {
      const i = index.get(slug);
      if (i === undefined) continue;
      for (const neighbour of [list[i - 1], list[i + 1]]) if (neighbour) paths.add(recapPath(neighbour.slug));
      for (const talk of list[i].talks) for (const speaker of talk.speakers) paths.add(`/speakers/${encodeURIComponent(speaker.slug)}`);
      for (const tag of list[i].tags) paths.add(`/tags/${encodeURIComponent(tagSlug(tag))}`);
    }
  }
  return [...paths].sort();
}

function recapPath(slug: string): string {
  return `/recaps/${encodeURIComponent(slug)}`;
}

/** The cached social card (app/(recap)/recaps/[slug]/opengraph-image): only its own recap's data. */
function recapCardPath(slug: string): string {
  return `${recapPath(slug)}/opengraph-image`;
}
