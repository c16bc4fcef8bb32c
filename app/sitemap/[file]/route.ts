import { listSitemapEntries, listSitemapFiles, type SitemapKind } from '@/lib/recaps/public-reads';
import { renderUrlSet, XML_HEADERS, type SitemapUrl } from '@/lib/sitemap';

// Rendered per request so URLs follow SITE_URL at run time, not at build time.
export const dynamic = 'force-dynamic';

const PAGE_PATH: Record<SitemapKind, string> = { recaps: '/recaps', speakers: '/speakers', tags: '/tags' };
const PRIORITY: Record<SitemapKind, number> = { recaps: 0.9, speakers: 0.6, tags: 0.5 };

/** One file of the sitemap index, `/sitemap/recaps-0.xml`: up to 50,000 pages of one kind; the first recaps file also lists the listings. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(recaps|speakers|tags)-(\d{1,6})\.xml$/.exec((await params).file);
  if (!match) return notFound();
  const kind = match[1] as SitemapKind;
  const page = Number(match[2]);
  const { files, newest } = await listSitemapFiles();
  if (!files.some((f) => f.kind === kind && f.page === page)) return notFound();
  const urls: SitemapUrl[] =
    kind === 'recaps' && page === 0
      ? [
          { path: '/', lastModified: newest, changeFrequency: 'weekly', priority: 1 },
          { path: '/recaps', lastModified: newest, changeFrequency: 'weekly', priority: 0.8 },
          { path: '/speakers', lastModified: newest, changeFrequency: 'weekly', priority: 0.5 },
          { path: '/tags', lastModified: newest, changeFrequency: 'weekly', priority: 0.4 },
        ]
      : [];
  for (const entry of await listSitemapEntries(kind, page)) {
    urls.push({
      path: `${PAGE_PATH[kind]}/${encodeURIComponent(entry.slug)}`,
      lastModified: entry.lastModified,
      ...(kind === 'recaps' ? { changeFrequency: 'monthly' as const } : {}),
      priority: PRIORITY[kind],
    });
  }
  return new Response(renderUrlSet(urls), { headers: XML_HEADERS });
}

function notFound(): Response {
  return new Response('No such sitemap file.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
