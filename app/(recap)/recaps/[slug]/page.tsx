import type { Metadata } from 'next';
import Link from 'next/link';
import { JsonLd } from '@/components/ui/json-ld';
import { EventFacts } from '@/components/recaps/event-facts';
import { TalkContents } from '@/components/recaps/talk-contents';
import { RecapNeighbours } from '@/components/recaps/recap-neighbours';
import { formatDate } from '@/lib/format';
import { renderBody } from '@/lib/mdx/render';
import { getAdjacentRecaps, getRecap } from '@/lib/recaps/queries';
import { tagSlug } from '@/lib/recaps/slug';
import { recapStructuredData } from '@/lib/recaps/structured-data';
import { absoluteUrl, pageMetadata } from '@/lib/seo';
import { env } from '@/lib/env';
import { ServerNotFound } from '@/components/layout/server-not-found';

interface Props {
  params: Promise<{ slug: string }>;
}

// A backstop: a publish expires exactly the pages it changes (lib/recaps/revalidate.ts),
// but a render already under way when it lands could cache the old text; at most an hour.
export const revalidate = 3600;

// Recap pages are rendered on first request and then served from the cache,
// rather than all prerendered at build: builds stay fast with thousands of recaps.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const recap = await getRecap(decodeURIComponent(slug));
  if (!recap) return { title: 'Recap not found', robots: { index: false } };
  const base = pageMetadata({ title: recap.title, description: recap.description, path: `/recaps/${recap.slug}` });
  const image = { url: absoluteUrl(`/recaps/${recap.slug}/opengraph-image`), width: 1200, height: 630, alt: recap.title };
  return {
    ...base,
    // The title template lives in this segment's layout, which does not apply to its own page.
    title: { absolute: `${recap.title} · ${env.siteName}` },
    authors: [{ name: recap.author }],
    keywords: recap.tags,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      locale: recap.locale === 'zh' ? 'zh_CN' : 'en_US',
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
  const recap = await getRecap(decodeURIComponent(slug));
  if (!recap) return <ServerNotFound />;
  const { previous, next } = await getAdjacentRecaps(recap.slug);
  return (
    <article>
      <JsonLd data={recapStructuredData(recap)} />
      <header className="mb-8">
        <p className="text-sm font-medium text-teal-700 dark:text-teal-300">{recap.community}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">{recap.title}</h1>
        <p className="mt-3 max-w-3xl text-lg text-zinc-600 dark:text-zinc-400">{recap.description}</p>
        <EventFacts recap={recap} />
        {recap.tags.length > 0 && (
          <ul className="mt-4 flex flex-wrap gap-2" aria-label="Tags">
            {recap.tags.map((tag) => (
              <li key={tag}>
                <Link className="chip" href={`/tags/${encodeURIComponent(tagSlug(tag))}`}>
                  #{tag}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </header>
      <div className="lg:grid lg:grid-cols-[1fr_16rem] lg:gap-10">
        <TalkContents talks={recap.talks} />
        <div className="prose prose-zinc max-w-none dark:prose-invert lg:col-start-1 lg:row-start-1">{renderBody(recap.hast, recap.talks)}</div>
      </div>
      <footer className="mt-12 border-t border-zinc-200 pt-6 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        <p>
          Written by {recap.author}, published <time dateTime={recap.published}>{formatDate(recap.published, recap.locale)}</time>. Last updated{' '}
          <time dateTime={recap.lastModified}>{formatDate(recap.lastModified, recap.locale)}</time>.
        </p>
        <RecapNeighbours previous={previous} next={next} />
      </footer>
    </article>
  );
}
