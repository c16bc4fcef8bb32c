import { ImageResponse } from 'next/og';
import { formatDate } from '@/lib/format';
import { getRecap } from '@/lib/recaps/queries';
import { env } from '@/lib/env';
import { ogFonts } from '@/lib/og/fonts';

const OG_SIZE = { width: 1200, height: 630 };

// A route handler rather than the opengraph-image file convention: inside a
// route group that convention adds a hash to the URL, and crawlers and our
// own metadata want the stable /recaps/<slug>/opengraph-image.

/** The social card of a recap: title, date and city, 1200×630 PNG, generated once then cached. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const recap = await getRecap(decodeURIComponent((await params).slug));
  if (!recap) return new Response('Recap not found', { status: 404 });
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: 'linear-gradient(135deg, #042f2e 0%, #115e59 55%, #0f766e 100%)', color: 'white' }}>
        <div style={{ display: 'flex', fontSize: 30, opacity: 0.85 }}>{`${env.siteName} · ${recap.community}`}</div>
        <div style={{ display: 'flex', fontSize: recap.title.length > 60 ? 56 : 68, fontWeight: 700, lineHeight: 1.15 }}>{recap.title}</div>
        <div style={{ display: 'flex', gap: 32, fontSize: 34 }}>
          <span>{formatDate(recap.date, 'en')}</span>
          <span>{recap.city}</span>
          <span>{`${recap.talks.length} talks`}</span>
        </div>
      </div>
    ),
    { ...OG_SIZE, ...(/[^\u0000-\u024f\u2000-\u206f]/.test(`${recap.title}${recap.community}${recap.city}`) ? { fonts: ogFonts() ?? undefined } : {}), headers: { 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' } },
  );
}
