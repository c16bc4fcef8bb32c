import type { Metadata } from 'next';
import { decodeSegment } from '@/lib/routing/segment';
import Link from 'next/link';
import { JsonLd } from '@/components/ui/json-ld';
import { formatDate } from '@/lib/format';
import { getSpeaker } from '@/lib/recaps/queries';
import { absoluteUrl, pageMetadata } from '@/lib/seo';
import { ServerNotFound } from '@/components/layout/server-not-found';

interface Props {
  params: Promise<{ slug: string }>;
}

// A backstop: a publish expires exactly the pages it changes (lib/recaps/revalidate.ts),
// but a render already under way when it lands could cache the old text; at most an hour.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const speaker = await getSpeaker(decodeSegment((await params).slug));
  if (!speaker) return { title: 'Speaker not found', robots: { index: false } };
  const what = [speaker.role, speaker.affiliation].filter(Boolean).join(', ');
  return pageMetadata({
    title: speaker.name,
    description: `${speaker.name}${what ? ` (${what})` : ''}: ${speaker.talks.length} talk${speaker.talks.length === 1 ? '' : 's'} at ${speaker.recapCount} meetup${speaker.recapCount === 1 ? '' : 's'}.`.slice(0, 200),
    path: `/speakers/${speaker.slug}`,
  });
}

export default async function SpeakerPage({ params }: Props) {
  const speaker = await getSpeaker(decodeSegment((await params).slug));
  if (!speaker) return <ServerNotFound />;
  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Person',
          name: speaker.name,
          ...(speaker.role ? { jobTitle: speaker.role } : {}),
          ...(speaker.affiliation ? { affiliation: { '@type': 'Organization', name: speaker.affiliation } } : {}),
          url: absoluteUrl(`/speakers/${encodeURIComponent(speaker.slug)}`),
        }}
      />
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">{speaker.name}</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">{[speaker.role, speaker.affiliation].filter(Boolean).join(' · ')}</p>
      </header>
      <h2 className="mb-4 text-xl font-semibold text-zinc-900 dark:text-zinc-50">
        {speaker.talks.length} talk{speaker.talks.length === 1 ? '' : 's'} at {speaker.recapCount} event{speaker.recapCount === 1 ? '' : 's'}
      </h2>
      <ol className="space-y-4">
        {speaker.talks.map(({ recap, talk }) => (
          <li key={`${recap.slug}#${talk.id}`} lang={recap.locale === 'zh' ? 'zh-CN' : 'en'} className="talk-item rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <h3 className="font-semibold text-zinc-900 dark:text-zinc-50">
              <Link href={`/recaps/${recap.slug}#${talk.id}`} className="hover:underline">
                {talk.title}
              </Link>
            </h3>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              <Link href={`/recaps/${recap.slug}`} className="underline">
                {recap.title}
              </Link>{' '}
              · <time dateTime={recap.date}>{formatDate(recap.date, recap.locale)}</time> · {recap.city}
            </p>
            {talk.summary && <p className="mt-2 line-clamp-3 text-sm">{talk.summary}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
