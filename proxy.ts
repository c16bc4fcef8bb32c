import { NextResponse, type NextRequest } from 'next/server';
import { databaseStatus } from '@/lib/db/health';
import { unavailableResponse } from '@/lib/db/unavailable-page';

/**
 * While PostgreSQL is down (lib/db/health.ts probes it), every page that needs
 * it on each request (listings with filters, search, sign-in, admin) and every
 * API answers 503 with a friendly page at once: rendering would otherwise wait
 * for a connection and fail with a 500 and the error boundary. Reading the
 * status is a memory read; the cost is Next running a proxy at all, which is
 * why the cached pages are left out (see the matcher).
 */
export function proxy(request: NextRequest) {
  if (databaseStatus() === 'ok') return NextResponse.next();
  return unavailableResponse(request.nextUrl.pathname);
}

export const config = {
  // Not: build assets (served from disk), the health check (it reports the outage itself),
  // and the cached pages (`/`, `/speakers`, `/tags` and each recap, speaker and tag page):
  // the page cache keeps answering while PostgreSQL is down, one not yet cached is
  // rendered from the last recaps read (lib/recaps/queries.ts), and running the proxy
  // would cost a third of a cached page's CPU.
  matcher: ['/((?!_next/static|_next/image|api/health|favicon\\.ico|icon\\.svg|(?:recaps|speakers|tags)/[^/]+$|(?:speakers|tags)?$).*)'],
};
