import type { Metadata } from 'next';
import Link from 'next/link';
import { RecapGrid } from '@/components/recaps/recap-card';
import { TagList } from '@/components/recaps/tag-list';
import { listFrequentSpeakers, listLatestRecaps, listTags } from '@/lib/recaps/public-reads';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/seo';
import { speakerDisplayName } from '@/lib/speakers/display-name';

export function homeMetadata(): Metadata {
  return {
    ...pageMetadata({
      title: env.siteName,
      description: 'Recaps of tech community meetups: every talk, its speakers, slides and video.',
      path: '/',
    }),
    title: { absolute: env.siteName },
  };
}

/** Topics shown on the home page, most used first. */
const HOME_TAGS = 40;

export async function HomeListing({ locale }: { locale: Locale }) {
  const [latest, speakers, tags] = await Promise.all([listLatestRecaps(6, locale), listFrequentSpeakers(8), listTags()]);
  const frequent = speakers.items;
  return (
    <>
      <section className="mb-12">
        <h1 className="text-4xl font-bold tracking-tight text-zinc-900 sm:text-5xl dark:text-zinc-50">What happened at the meetup</h1>
        <p className="mt-4 max-w-2xl text-lg text-zinc-600 dark:text-zinc-400">
          Recaps of community meetups: every talk with its speakers, a summary, slides and video. Follow a speaker across events, or browse by topic, city and
          year.
        </p>
      </section>
      <section aria-labelledby="latest-title" className="mb-12">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 id="latest-title" className="text-2xl font-semibold text-zinc-900 dark:text-zinc-50">
            Latest recaps
          </h2>
          <Link href="/recaps" className="text-sm font-medium text-teal-700 hover:underline dark:text-teal-300">
            All recaps →
          </Link>
        </div>
        <RecapGrid recaps={latest} headingLevel="h3" pageLocale={locale} />
      </section>
      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="speakers-title">
          <h2 id="speakers-title" className="mb-4 text-2xl font-semibold text-zinc-900 dark:text-zinc-50">
            Speakers
          </h2>
          <ul className="space-y-2">
            {frequent.map((s) => (
              <li key={s.slug}>
                <Link href={`/speakers/${encodeURIComponent(s.slug)}`} className="font-medium hover:underline">
                  {speakerDisplayName(s, locale)}
                </Link>
                <span className="text-sm text-zinc-600 dark:text-zinc-400">
                  {' '}
                  · {s.talkCount} talk{s.talkCount === 1 ? '' : 's'}
                </span>
              </li>
            ))}
          </ul>
          <Link href="/speakers" className="mt-4 inline-block text-sm font-medium text-teal-700 hover:underline dark:text-teal-300">
            All {speakers.total} speakers →
          </Link>
        </section>
        <section aria-labelledby="tags-title">
          <h2 id="tags-title" className="mb-4 text-2xl font-semibold text-zinc-900 dark:text-zinc-50">
            Topics
          </h2>
          <TagList tags={tags.items.slice(0, HOME_TAGS)} />
          {tags.total > HOME_TAGS && (
            <Link href="/tags" className="mt-4 inline-block text-sm font-medium text-teal-700 hover:underline dark:text-teal-300">
              All {tags.total} topics →
            </Link>
          )}
        </section>
      </div>
    </>
  );
}
