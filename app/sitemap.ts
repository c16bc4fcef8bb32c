import type { MetadataRoute } from 'next';
import { listAllRecaps, listSpeakers, listTags } from '@/lib/recaps/queries';
import { absoluteUrl } from '@/lib/seo';

// Rendered per request so canonical URLs follow SITE_URL at run time, not at build time.
export const dynamic = 'force-dynamic';

const latest = (dates: string[]) => dates.reduce((a, b) => (a > b ? a : b), '1970-01-01');

/** Every public recap, speaker and tag page, with the date it last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [recaps, speakers, tags] = await Promise.all([listAllRecaps(), listSpeakers(), listTags()]);
  const newest = latest(recaps.map((r) => r.lastModified));
  return [
    { url: absoluteUrl('/'), lastModified: newest, changeFrequency: 'weekly', priority: 1 },
    { url: absoluteUrl('/recaps'), lastModified: newest, changeFrequency: 'weekly', priority: 0.8 },
    { url: absoluteUrl('/speakers'), lastModified: newest, changeFrequency: 'weekly', priority: 0.5 },
    { url: absoluteUrl('/tags'), lastModified: newest, changeFrequency: 'weekly', priority: 0.4 },
    ...recaps.map((r) => ({ url: absoluteUrl(`/recaps/${r.slug}`), lastModified: r.lastModified, changeFrequency: 'monthly' as const, priority: 0.9 })),
    ...speakers.map((s) => ({
      url: absoluteUrl(`/speakers/${encodeURIComponent(s.slug)}`),
      lastModified: latest(s.talks.map((t) => t.recap.lastModified)),
      priority: 0.6,
    })),
    ...tags.map((t) => ({
      url: absoluteUrl(`/tags/${encodeURIComponent(t.slug)}`),
      lastModified: latest(t.recaps.map((r) => r.lastModified)),
      priority: 0.5,
    })),
  ];
}
