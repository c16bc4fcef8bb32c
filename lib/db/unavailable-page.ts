import { env } from '@/lib/env';

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
  const site = escapeHtml(env.siteName);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_S * 2}">
<title>Back in a moment · ${site}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1rem;color:#1f2937}h1{font-size:1.5rem}</style>
</head>
<body>
<main>
<h1>Back in a moment</h1>
<p>${site} can't reach its database right now. Nothing is lost: this page reloads by itself, or try again in a few seconds.</p>
</main>
</body>
</html>
`;
  return new Response(html, { status: 503, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
