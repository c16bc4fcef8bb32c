import { renderFeed } from '@/lib/feed';
import { isLocale } from '@/lib/i18n/locales';
import { listFeedRecaps } from '@/lib/recaps/public-reads';

/** The feed of one language (lib/feed.ts feedPath): each event once, in that language when it is published in it. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(renderFeed(await listFeedRecaps(locale), locale), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
