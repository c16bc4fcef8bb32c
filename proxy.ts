import { NextResponse, type NextRequest } from 'next/server';
import { databaseStatus } from '@/lib/db/health';
import { unavailableResponse } from '@/lib/db/unavailable-page';

/**
 * While PostgreSQL is down (lib/db/health.ts probes it), every page and API
 * answers 503 with a friendly page at once: a page rendering would otherwise
 * wait for a connection and fail with a 500 and the error boundary. Reading
 * the status is a memory read, so this costs nothing while the database is up.
 */
export function proxy(request: NextRequest) {
  if (databaseStatus() === 'ok') return NextResponse.next();
  return unavailableResponse(request.nextUrl.pathname);
}

export const config = {
  // Not: build assets (served from disk), the health check (it reports the outage itself),
  // and the recap, speaker and tag pages: they are served from the page cache, which
  // keeps answering while PostgreSQL is down, and running the proxy costs a third of
  // a cached page's CPU. Their first render during an outage fails fast on its own.
  matcher: ['/((?!_next/static|_next/image|api/health|favicon\\.ico|icon\\.svg|(?:recaps|speakers|tags)/[^/]+$).*)'],
};
