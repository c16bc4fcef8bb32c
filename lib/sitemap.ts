import { absoluteUrl } from '@/lib/seo';

// The sitemap as the protocol (sitemaps.org) has it: an index of files of at
// most 50,000 URLs each (lib/recaps/public-reads.ts pages them). Pure text.

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export interface SitemapUrl {
  /** Site path, its segments already URL-encoded. */
  path: string;
  lastModified: string;
  changeFrequency?: 'weekly' | 'monthly';
  priority?: number;
  /** hreflang → absolute URL of each language version (a recap with published translations), as xhtml:link alternates. */
  alternates?: Record<string, string>;
}

/** `<sitemapindex>` of the files at the site paths `files`. */
export function renderSitemapIndex(files: { path: string; lastModified: string }[]): string {
  const entries = files.map(
    (f) => `  <sitemap>\n    <loc>${escapeXml(absoluteUrl(f.path))}</loc>\n    <lastmod>${escapeXml(f.lastModified)}</lastmod>\n  </sitemap>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** `<urlset>` of `urls`. */
export function renderUrlSet(urls: SitemapUrl[]): string {
  const entries = urls.map((u) =>
    [
      '  <url>',
      `    <loc>${escapeXml(absoluteUrl(u.path))}</loc>`,
      `    <lastmod>${escapeXml(u.lastModified)}</lastmod>`,
      ...(u.changeFrequency ? [`    <changefreq>${u.changeFrequency}</changefreq>`] : []),
      ...(u.priority !== undefined ? [`    <priority>${u.priority}</priority>`] : []),
      ...Object.entries(u.alternates ?? {}).map(
        ([hreflang, href]) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`,
      ),
      '  </url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * A recap page's `lastmod`: its last publication (a database recap's every
 * publish; a file's `updated`, else `published`), and for an announcement
 * whose event is over the end time too: the page turns from the announcement
 * into "the recap is coming" then (lib/events/event-facts.ts eventStage), a
 * change no one published. No other time is made up: a file that changes an
 * event must set `updated` (README, docs/ARCHITECTURE.md).
 */
export function recapLastModified(row: { lastModified: string; endsAt: string | null; announcement: boolean }, now: Date): string {
  if (!row.announcement || !row.endsAt) return row.lastModified;
  const ended = Date.parse(row.endsAt);
  if (ended > now.getTime()) return row.lastModified;
  const last = Date.parse(row.lastModified.length === 10 ? `${row.lastModified}T00:00:00Z` : row.lastModified);
  return ended > last ? row.endsAt : row.lastModified;
}

export const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8' };
