import type { Metadata } from 'next';
import { decodeSegment } from '@/lib/routing/segment';
import Link from 'next/link';
import { RecapGrid } from '@/components/recaps/recap-card';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { env } from '@/lib/env';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { getTag } from '@/lib/recaps/public-reads';
import { pageMetadata } from '@/lib/seo';
import { ServerNotFound } from '@/lib/workarounds/server-not-found';

interface Props {
  params: Promise<{ tag: string; locale: string }>;
}

// A backstop: a publish expires exactly the pages it changes (lib/recaps/after-public-change.ts),
// but a render already under way when it lands could cache the old text; at most an hour.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/** The tag page in the page's language: each event once (lib/recaps/public-reads.ts getTag). */
async function tagOf(params: Props['params']): Promise<{ tag: Awaited<ReturnType<typeof getTag>>; locale: Locale }> {
  const { tag, locale } = await params;
  const lang = isLocale(locale) ? locale : env.defaultLocale;
  return { tag: await getTag(decodeSegment(tag), undefined, lang), locale: lang };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await tagOf(params);
  if (!tag) return { title: 'Topic not found', robots: { index: false } };
  return pageMetadata({
    title: `#${tag.label}`,
    description: `${tag.recapCount} meetup recap${tag.recapCount === 1 ? '' : 's'} about ${tag.label}.`,
    path: `/tags/${tag.slug}`,
  });
}

export default async function TagPage({ params }: Props) {
  const { tag, locale } = await tagOf(params);
  if (!tag) return <ServerNotFound />;
  return (
    <>
      <PageHeader title={`#${tag.label}`}>
        <p>
          {tag.recapCount} recap{tag.recapCount === 1 ? '' : 's'} about {tag.label}.{' '}
          <Link href="/tags" className="underline">
            All topics
          </Link>
        </p>
      </PageHeader>
      <RecapGrid recaps={tag.recaps.items} pageLocale={locale} />
      {/* The page is cached as one path; its later pages are the recap list filtered by the tag, rendered per request. */}
      <Pager
        page={1}
        pageCount={tag.recaps.pageCount}
        href={(n) => `/recaps?tag=${encodeURIComponent(tag.slug)}&page=${n}`}
        previousLabel="← Newer"
        nextLabel="Older →"
      />
    </>
  );
}
