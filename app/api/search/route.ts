import { env } from '@/lib/env';
import { isLocale } from '@/lib/i18n/locales';
import { searchProblemText } from '@/lib/search/problem-text';
import { MAX_LIMIT, search } from '@/lib/search/queries';

export const dynamic = 'force-dynamic';

/**
 * GET /api/search?q=…&limit=…&locale=… for the header's live results
 * (each event once, preferring the version in `locale`, the default locale without). 200 with
 * `{ terms, hits }`; 400 with `{ error }` for a query that can't be searched
 * (empty, over 200 characters, nothing but punctuation); 503 when the
 * database is unreachable. Never a 500 for what the reader typed. `error` is
 * in `locale` (the page's language; the default locale without one).
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const limit = Number(params.get('limit')) || MAX_LIMIT;
  const asked = params.get('locale');
  const locale = isLocale(asked) ? asked : env.defaultLocale;
  try {
    const result = await search(params.get('q') ?? '', limit, locale);
    if (!result.ok) return json({ error: searchProblemText(locale, result) }, 400);
    return json({ terms: result.terms, hits: result.hits }, 200);
  } catch (error) {
    console.error('[search] query failed:', error instanceof Error ? error.message : error);
    return json({ error: searchProblemText(locale, 'unavailable') }, 503);
  }
}

function json(body: unknown, status: number): Response {
  // Results change whenever a recap is published; they are cheap to compute, so nothing caches them.
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
