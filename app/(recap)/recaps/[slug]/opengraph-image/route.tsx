import { formatDate } from '@/lib/format';
import { translator } from '@/lib/i18n/translator';
import { getRecap } from '@/lib/recaps/public-reads';
import { env } from '@/lib/env';
import { CARD_SIZE, renderCardPng } from '@/lib/og/render-card';
import { decodeSegment } from '@/lib/routing/segment';

// A route handler rather than the opengraph-image file convention: inside a
// route group that convention adds a hash to the URL, and crawlers and our
// own metadata want the stable /recaps/<slug>/opengraph-image.

// Cached like the recap page: drawn on first request, then served from the
// page cache until a change to the recap expires it (lib/recaps/affected-paths.ts,
// publish, Update live page and unpublish alike); the hour is the same backstop as the page's.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

/** The social card of a recap: title, date and city, 1200×630 PNG, in the recap's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const recap = await getRecap(decodeSegment((await params).slug));
  if (!recap) return new Response('Recap not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const png = await renderCardPng(
    <div
      style={{
        ...CARD_SIZE,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: 'linear-gradient(135deg, #042f2e 0%, #115e59 55%, #0f766e 100%)',
        color: 'white',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, opacity: 0.85 }}>{`${env.siteName} · ${recap.community}`}</div>
      <div style={{ display: 'flex', fontSize: recap.title.length > 60 ? 56 : 68, fontWeight: 700, lineHeight: 1.15 }}>{recap.title}</div>
      <div style={{ display: 'flex', gap: 32, fontSize: 34 }}>
        <span>{formatDate(recap.date, recap.locale)}</span>
        <span>{recap.city}</span>
        <span>{translator(recap.locale, 'seo')('cardTalks', { count: recap.talks.length })}</span>
      </div>
    </div>,
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
