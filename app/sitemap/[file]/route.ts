import { listSitemapEntries, listSitemapFiles, type SitemapKind } from '@/lib/recaps/public-reads';
import { renderUrlSet, XML_HEADERS, type SitemapUrl } from '@/lib/sitemap';
import { SITEMAP_LISTING_PATHS } from '@/lib/sitemap-files';

// Rendered per request so URLs follow SITE_URL at run time, not at build time.
export const dynamic = 'force-dynamic';

const PAGE_PATH: Record<SitemapKind, string> = { recaps: '/recaps', speakers: '/speakers', tags: '/tags' };
const PRIORITY: Record<SitemapKind, number> = { recaps: 0.9, speakers: 0.6, tags: 0.5 };
const LISTING_PRIORITY: Record<(typeof SITEMAP_LISTING_PATHS)[number], number> = { '/': 1, '/recaps': 0.8, '/speakers': 0.5, '/tags': 0.4 };

/** One file of the sitemap index, `/sitemap/recaps-0.xml`: up to 50,000 pages of one kind; the first recaps file also lists the listings. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(recaps|speakers|tags)-(\d{1,6})\.xml$/.exec((await params).file);
  if (!match) return notFound();
  const kind = match[1] as SitemapKind;
  const page = Number(match[2]);
  const { files, newest } = await listSitemapFiles();
  const file = files.find((f) => f.kind === kind && f.page === page);
  if (!file) return notFound();
  const urls: SitemapUrl[] = file.listings
    ? SITEMAP_LISTING_PATHS.map((path) => ({ path, lastModified: newest, changeFrequency: 'weekly' as const, priority: LISTING_PRIORITY[path] }))
    : [];
  for (const entry of await listSitemapEntries(file)) {
    urls.push({
      path: `${PAGE_PATH[kind]}/${encodeURIComponent(entry.slug)}`,
      lastModified: entry.lastModified,
      ...(kind === 'recaps' ? { changeFrequency: 'monthly' as const } : {}),
      priority: PRIORITY[kind],
      ...(entry.alternates ? { alternates: entry.alternates } : {}),
    });
  }
  return new Response(renderUrlSet(urls), { headers: XML_HEADERS });
}

function notFound(): Response {
  return new Response('No such sitemap file.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
