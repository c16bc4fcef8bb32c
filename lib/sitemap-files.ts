// How the sitemap's pages are split into files (lib/recaps/public-reads.ts,
// app/sitemap): at most `urlsPerFile` URLs in any file, counting the listing
// pages the first recaps file also holds. Pure arithmetic, so the split can be
// tested at a small file size.

export type SitemapKind = 'recaps' | 'speakers' | 'tags';

/** The listing pages, listed in the first recaps file before its recaps. */
export const SITEMAP_LISTING_PATHS = ['/', '/recaps', '/speakers', '/tags'] as const;

export interface SitemapFile {
  /** `recaps-0`, `speakers-1`…: the file's name without `.xml`. */
  name: string;
  kind: SitemapKind;
  page: number;
  /** Rows of the kind's table, by slug, this file lists. */
  offset: number;
  limit: number;
  /** Whether the file also lists SITEMAP_LISTING_PATHS (recaps-0 only). */
  listings: boolean;
}

/** Every file of the sitemap index for tables of `counts` rows; recaps-0 always exists (it holds the listings). */
export function planSitemapFiles(counts: Record<SitemapKind, number>, urlsPerFile: number): SitemapFile[] {
  const files: SitemapFile[] = [];
  for (const kind of ['recaps', 'speakers', 'tags'] as const) {
    // The listings take the first slots of recaps-0, so every later recaps file starts that much further on.
    const lead = kind === 'recaps' ? SITEMAP_LISTING_PATHS.length : 0;
    const n = Math.max(Math.ceil((counts[kind] + lead) / urlsPerFile), kind === 'recaps' ? 1 : 0);
    for (let page = 0; page < n; page++) {
      const offset = page === 0 ? 0 : page * urlsPerFile - lead;
      const limit = page === 0 ? urlsPerFile - lead : urlsPerFile;
      files.push({ name: `${kind}-${page}`, kind, page, offset, limit, listings: page === 0 && lead > 0 });
    }
  }
  return files;
}
