import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo';

// Rendered per request so canonical URLs follow SITE_URL at run time, not at build time.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/preview/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
