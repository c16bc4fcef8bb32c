import { TalkLinks } from '@/components/recaps/talk-links';
import type { Metadata } from 'next';
import { decodeSegment } from '@/lib/routing/segment';
import Link from 'next/link';
import { JsonLd } from '@/components/ui/json-ld';
import { formatDate } from '@/lib/format';
import { getSpeaker } from '@/lib/recaps/public-reads';
import { speakerSubtitle } from '@/lib/recaps/speakers';
import { absoluteUrl, pageMetadata } from '@/lib/seo';
import { ServerNotFound } from '@/lib/workarounds/server-not-found';

/** Speaker pages are part of the English site shell (app/(site)/layout.tsx). */
const PAGE_LOCALE = 'en';
const htmlLang = (locale: string) => (locale === 'zh' ? 'zh-CN' : 'en');

interface Props {
  params: Promise<{ slug: string }>;
}

// A backstop: a publish expires exactly the pages it changes (lib/recaps/after-public-change.ts),
// but a render already under way when it lands could cache the old text; at most an hour.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const speaker = await getSpeaker(decodeSegment((await params).slug));
  if (!speaker) return { title: 'Speaker not found', robots: { index: false } };
  const what = speakerSubtitle(speaker.slug, speaker.talks, PAGE_LOCALE).text.replace(' · ', ', ');
  return pageMetadata({
    title: speaker.name,
    description:
      `${speaker.name}${what ? ` (${what})` : ''}: ${speaker.talks.length} talk${speaker.talks.length === 1 ? '' : 's'} at ${speaker.recapCount} meetup${speaker.recapCount === 1 ? '' : 's'}.`.slice(
        0,
        200,
      ),
    path: `/speakers/${speaker.slug}`,
  });
}

export default async function SpeakerPage({ params }: Props) {
  const speaker = await getSpeaker(decodeSegment((await params).slug));
  if (!speaker) return <ServerNotFound />;
  const subtitle = speakerSubtitle(speaker.slug, speaker.talks, PAGE_LOCALE);
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
        {subtitle.text && (
          <p
            data-testid="speaker-subtitle"
            lang={subtitle.locale === PAGE_LOCALE ? undefined : htmlLang(subtitle.locale)}
            className="mt-2 text-zinc-600 dark:text-zinc-400"
          >
            {subtitle.text}
          </p>
        )}
      </header>
      <h2 className="mb-4 text-xl font-semibold text-zinc-900 dark:text-zinc-50">
        {speaker.talks.length} talk{speaker.talks.length === 1 ? '' : 's'} at {speaker.recapCount} event{speaker.recapCount === 1 ? '' : 's'}
      </h2>
      <ol className="space-y-4">
        {speaker.talks.map(({ recap, talk }) => (
          <li key={`${recap.slug}#${talk.id}`} lang={htmlLang(recap.locale)} className="talk-item rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <h3 className="font-semibold text-zinc-900 dark:text-zinc-50">
              <Link href={`/recaps/${recap.slug}#${talk.id}`} className="title-link">
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
            <TalkLinks talk={talk} className="mt-3 flex flex-wrap gap-2 text-sm" lang="en" />
          </li>
        ))}
      </ol>
    </>
  );
}
