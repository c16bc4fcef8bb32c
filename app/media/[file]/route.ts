import { loadMedia } from '@/lib/media/media-files';

// A year, immutable: the URL is the content's hash, so its bytes can never change.
const CACHE = 'public, max-age=31536000, immutable';

/** True when If-None-Match (a list, possibly weak, or *) names this ETag. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/**
 * Serves an uploaded image. Public, no session: images belong to recaps that
 * are published, and the hash in the URL is unguessable for the rest. Also
 * fetched in-process, without cookies, by the next/image optimiser.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const media = await loadMedia((await params).file);
  if (!media) {
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
    });
  }
  const etag = `"${media.hash}"`;
  const headers: Record<string, string> = {
    'Cache-Control': CACHE,
    ETag: etag,
    // The type is the one we encoded; forbid browsers from second-guessing it.
    'X-Content-Type-Options': 'nosniff',
  };
  if (matches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  // Next 16's Node server drops Content-Length from route responses and sends chunked; kept for other adapters.
  return new Response(new Uint8Array(media.data), {
    headers: { ...headers, 'Content-Type': media.mime, 'Content-Length': String(media.data.byteLength) },
  });
}
