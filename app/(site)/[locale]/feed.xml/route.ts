import { renderFeed } from '@/lib/feed';
import { listFeedRecaps } from '@/lib/recaps/public-reads';

export async function GET() {
  return new Response(renderFeed(await listFeedRecaps()), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
