import { renderFeed } from '@/lib/feed';
import { listAllRecaps } from '@/lib/recaps/queries';

export async function GET() {
  return new Response(renderFeed(await listAllRecaps()), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
