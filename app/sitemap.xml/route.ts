import { listSitemapFiles } from '@/lib/recaps/public-reads';
import { renderSitemapIndex, XML_HEADERS } from '@/lib/sitemap';

// Rendered per request so URLs follow SITE_URL at run time, not at build time.
export const dynamic = 'force-dynamic';

/** The sitemap index: one file per 50,000 recap, speaker or topic pages (app/sitemap/[file]). */
export async function GET() {
  const { files } = await listSitemapFiles();
  return new Response(renderSitemapIndex(files.map((f) => ({ path: `/sitemap/${f.name}.xml`, lastModified: f.lastModified }))), { headers: XML_HEADERS });
}
