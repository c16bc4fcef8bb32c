import path from 'node:path';

/**
 * The one place that reads configuration from the environment. Every value
 * has a default that works with nothing set.
 */
export const env = {
  get port(): number {
    const port = Number(process.env.PORT);
    return Number.isInteger(port) && port > 0 ? port : 3000;
  },
  /** Absolute base of canonical URLs, the sitemap and the feed, without a trailing slash. */
  get siteUrl(): string {
    const raw = process.env.SITE_URL?.trim();
    return (raw || `http://localhost:${env.port}`).replace(/\/+$/, '');
  },
  get contentDir(): string {
    return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR?.trim() || 'content');
  },
  get siteName(): string {
    return process.env.SITE_NAME?.trim() || 'Meetup Recaps';
  },
};
