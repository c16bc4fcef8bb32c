import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { decodeSegment } from '@/lib/routing/segment';
import { JsonLd } from '@/components/ui/json-ld';
import { RecapArticle } from '@/components/recaps/recap-article';
import { RecapNeighbours } from '@/components/recaps/recap-neighbours';
import { recapCalendarAlternate } from '@/lib/calendar/alternates';
import { feedPath } from '@/lib/feed';
import { formatDate } from '@/lib/format';
import { renderBody } from '@/lib/mdx/render';
import { getAdjacentRecaps, getRecap, listPublishedTranslations } from '@/lib/recaps/public-reads';
import { recapStructuredData } from '@/lib/recaps/structured-data';
import { recapMetaDescription } from '@/lib/recaps/announcement-text';
import { recapAlternates } from '@/lib/recaps/translation-links';
import { absoluteUrl, OG_LOCALE, pageMetadata } from '@/lib/seo';
import { env } from '@/lib/env';
import { ServerNotFound } from '@/lib/workarounds/server-not-found';

interface Props {
  params: Promise<{ slug: string }>;
}

// A backstop: a publish expires exactly the pages it changes (lib/recaps/after-public-change.ts),
// but a render already under way when it lands could cache the old text; at most an hour.
export const revalidate = 3600;

// Recap pages are rendered on first request and then served from the cache,
// rather than all prerendered at build: builds stay fast with thousands of recaps.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const recap = await getRecap(decodeSegment(slug));
  if (!recap) {
    const t = await getTranslations({ locale: env.defaultLocale, namespace: 'recap' });
    return { title: t('notFound'), robots: { index: false } };
  }
  const base = pageMetadata({ locale: recap.locale, title: recap.title, description: recapMetaDescription(recap), path: `/recaps/${recap.slug}` });
  const image = { url: absoluteUrl(`/recaps/${recap.slug}/opengraph-image`), width: 1200, height: 630, alt: recap.title };
  // hreflang links to its published translations (and x-default); none when it has none.
  const languages = recapAlternates(recap, await listPublishedTranslations(recap), env.defaultLocale);
  return {
    ...base,
    alternates: {
      ...base.alternates,
      // The feed of the recap's language (lib/feed.ts), and the event's own calendar (lib/calendar).
      types: { 'application/rss+xml': [{ url: feedPath(recap.locale), title: `${env.siteName} feed` }], ...recapCalendarAlternate(recap) },
      ...(languages ? { languages } : {}),
    },
    // The title template lives in this segment's layout, which does not apply to its own page.
    title: { absolute: `${recap.title} · ${env.siteName}` },
    authors: [{ name: recap.author }],
    keywords: recap.tags,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      locale: OG_LOCALE[recap.locale],
      publishedTime: recap.published,
      modifiedTime: recap.lastModified,
      authors: [recap.author],
      tags: recap.tags,
      images: [image],
    },
    twitter: { ...base.twitter, images: [image] },
  };
}

export default async function RecapPage({ params }: Props) {
  const { slug } = await params;
  const recap = await getRecap(decodeSegment(slug));
  if (!recap) return <ServerNotFound />;
  // The page's chrome is in the recap's language (the layout), and so are these words.
  const locale = recap.locale;
  const [t, { previous, next }, translations] = await Promise.all([
    getTranslations({ locale, namespace: 'recap' }),
    getAdjacentRecaps(recap),
    listPublishedTranslations(recap),
  ]);
  return (
    <>
      <JsonLd data={recapStructuredData(recap, translations)} />
      <RecapArticle
        recap={recap}
        footer={
          <footer className="mt-12 border-t border-zinc-200 pt-6 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
            <p>
              {t.rich('byline', {
                author: recap.author,
                publishedDate: formatDate(recap.published, locale),
                updatedDate: formatDate(recap.lastModified, locale),
                published: (chunks) => <time dateTime={recap.published}>{chunks}</time>,
                updated: (chunks) => <time dateTime={recap.lastModified}>{chunks}</time>,
              })}
            </p>
            <RecapNeighbours locale={locale} previous={previous} next={next} />
          </footer>
        }
      >
        {renderBody(recap.hast, recap.talks, locale)}
      </RecapArticle>
    </>
  );
}
