/** Cache tag of every public recap read: listings, recap, speaker and tag pages, sitemap, feed. */
export const RECAPS_TAG = 'recaps';

/** Public paths whose cached HTML depends on the set of published recaps. */
export const PUBLIC_PATHS: Array<[string, 'page' | 'layout' | undefined]> = [
  ['/', undefined],
  ['/recaps', undefined],
  ['/recaps/[slug]', 'page'],
  ['/speakers', undefined],
  ['/speakers/[slug]', 'page'],
  ['/tags', undefined],
  ['/tags/[tag]', 'page'],
  ['/sitemap.xml', undefined],
  ['/feed.xml', undefined],
];
