import { env } from '@/lib/env';
import { renderFeed } from '@/lib/feed';
import { isLocale } from '@/lib/i18n/locales';
import { listFeedRecaps } from '@/lib/recaps/public-reads';

/** The feed of one language (lib/feed.ts feedPath): each event once, in that language when it is published in it. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: value } = await params;
  const locale = isLocale(value) ? value : env.defaultLocale;
  return new Response(renderFeed(await listFeedRecaps(locale), locale), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
