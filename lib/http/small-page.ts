import { env } from '@/lib/env';

/**
 * A small self-contained HTML page, for answers that proxy.ts gives before
 * any route renders: no layout, no scripts (the app's layout could need the
 * database, and these pages must read the same without JavaScript).
 */
export function smallPage(options: { status: number; title: string; text: string; refreshAfterS?: number; headers?: Record<string, string> }): Response {
  const site = escapeHtml(env.siteName);
  const refresh = options.refreshAfterS ? `\n<meta http-equiv="refresh" content="${options.refreshAfterS}">` : '';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">${refresh}
<title>${escapeHtml(options.title)} · ${site}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1rem;color:#1f2937}h1{font-size:1.5rem}</style>
</head>
<body>
<main>
<h1>${escapeHtml(options.title)}</h1>
<p>${escapeHtml(options.text.replaceAll('{site}', env.siteName))}</p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: options.status,
    headers: { 'Cache-Control': 'no-store', ...options.headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
