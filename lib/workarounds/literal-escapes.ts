// Works around: a path segment that does not percent-decode makes Next 16
// answer a bare 500 (vercel/next.js#92527, open, fix proposed in #92557; also
// #94278). Relies on: lib/workarounds/request-hook.ts.
// Guarded by: lib/workarounds/literal-escapes.test.ts; e2e/admin/hardening.spec.ts
// ("malformed percent-escapes in every dynamic segment are a normal 404").
import type { IncomingMessage } from 'node:http';
import { onEveryRequest } from '@/lib/workarounds/request-hook';

/**
 * The request target with every path segment that does not percent-decode
 * (`%E4%B8`, a lone `%`, `%ZZ`) re-escaped so that it reads as its literal
 * text (`%25E4%25B8`), or null when the path decodes as it is. Next 16 throws
 * a DecodeError for such a segment while matching routes and then fails to
 * render its 400 page, answering a bare 500; a literal segment instead names
 * no recap, speaker or tag, and the page's own 404 runs. The query is left
 * alone (Next parses it leniently). Pure.
 */
export function literalizeMalformedEscapes(url: string): string | null {
  const q = url.indexOf('?');
  const pathname = q === -1 ? url : url.slice(0, q);
  if (!pathname.includes('%')) return null;
  let changed = false;
  const segments = pathname.split('/').map((segment) => {
    try {
      decodeURIComponent(segment);
      return segment;
    } catch {
      changed = true;
      return segment.replace(/%/g, '%25');
    }
  });
  return changed ? segments.join('/') + (q === -1 ? '' : url.slice(q)) : null;
}

function rewrite(req: IncomingMessage): void {
  const fixed = req.url ? literalizeMalformedEscapes(req.url) : null;
  if (fixed !== null) req.url = fixed;
}

/** instrumentation.ts only, once per process. */
export async function installLiteralEscapesHook(): Promise<void> {
  await onEveryRequest(rewrite);
}
