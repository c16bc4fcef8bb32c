import { smallPage } from '@/lib/http/small-page';

/** Seconds a client (or load balancer) should wait before trying again. */
const RETRY_AFTER_S = 5;

/**
 * The 503 answer while the database is down: a small self-contained HTML page
 * for browsers (no layout, no scripts: rendering the app's layout could need
 * the database itself), JSON for API calls.
 */
export function unavailableResponse(pathname: string): Response {
  const headers = { 'Retry-After': String(RETRY_AFTER_S), 'Cache-Control': 'no-store' };
  if (pathname.startsWith('/api/')) {
    return Response.json({ error: 'The site is temporarily unavailable. Please try again in a moment.' }, { status: 503, headers });
  }
  return smallPage({
    status: 503,
    title: 'Back in a moment',
    text: "{site} can't reach its database right now. Nothing is lost: this page reloads by itself, or try again in a few seconds.",
    refreshAfterS: RETRY_AFTER_S * 2,
    headers,
  });
}
