import { NextResponse, type NextRequest } from 'next/server';
import { databaseStatus } from '@/lib/db/health';
import { unavailableResponse } from '@/lib/db/unavailable-page';
import { isLivePreviewToken, previewGoneResponse } from '@/lib/recaps/preview-links';
import { refuseMalformedAction } from '@/lib/server/action-body';

/**
 * While PostgreSQL is down (lib/db/health.ts probes it), every page that needs
 * it on each request (search, sign-in, admin, previews) and every
 * API answers 503 with a friendly page at once: rendering would otherwise wait
 * for a connection and fail with a 500 and the error boundary. Reading the
 * status is a memory read; the cost is Next running a proxy at all, which is
 * why the cached pages are left out (see the matcher).
 */
export async function proxy(request: NextRequest) {
  if (databaseStatus() !== 'ok') return unavailableResponse(request.nextUrl.pathname);
  // Next answers a malformed or oversized server-action body with a 500.
  const refusal = await refuseMalformedAction(request);
  if (refusal) return refusal;
  const preview = /^\/preview\/([^/]+)$/.exec(request.nextUrl.pathname);
  // A dead preview link is explained here: the page's own notFound() would send
  // an empty body to a reader without JavaScript (vercel/next.js#62228).
  if (preview && !(await livePreview(preview[1]))) return previewGoneResponse();
  return NextResponse.next();
}

async function livePreview(segment: string): Promise<boolean> {
  try {
    return await isLivePreviewToken(decodeURIComponent(segment));
  } catch (error) {
    // A malformed escape is a dead link; a database error is left to the page.
    return !(error instanceof URIError);
  }
}

export const config = {
  // Not: build assets (served from disk), the health check (it reports the outage itself),
  // and the public pages, which read only the public read model: `/`, `/recaps`, `/speakers`,
  // `/tags` and each recap, speaker and tag page, in each language (`/zh`, `/zh/speakers/x`). While PostgreSQL is down the page cache
  // keeps answering, and a page not cached (or a filtered list) is rendered from this
  // instance's last answers to the same reads (lib/recaps/recent-reads.ts); running the
  // proxy would cost a third of a cached page's CPU.
  // Server-action requests, on any path, carry a Next-Action header: always checked.
  matcher: [
    // Literal, as Next requires: the language prefixes are LOCALES (lib/i18n/locales.mjs); lib/routing/proxy-matcher.test.ts checks it.
    '/((?!_next/static|_next/image|api/health|favicon\\.ico|icon\\.svg|(?:(?:en|zh)(?:/(?:recaps|events|series|cities|speakers|tags|feed\\.xml|calendar\\.ics)(?:/[^/]+(?:/calendar\\.ics)?)?)?|(?:recaps|events|series|cities|speakers|tags|feed\\.xml|calendar\\.ics)?(?:/[^/]+(?:/calendar\\.ics)?)?)$).*)',
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
