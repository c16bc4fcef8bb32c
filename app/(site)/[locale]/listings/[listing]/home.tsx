import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { RecapGrid } from '@/components/recaps/recap-card';
import { TagList } from '@/components/recaps/tag-list';
import { EventCardList } from '@/components/events/event-card';
import { now } from '@/lib/events/clock';
import { listFrequentSpeakers, listLatestPastEvents, listTags, listUpcomingEvents } from '@/lib/recaps/public-reads';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { otherScriptLang } from '@/lib/i18n/text-lang';
import { pageMetadata } from '@/lib/seo';
import { speakerDisplayName } from '@/lib/speakers/display-name';

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'home' });
  return {
    ...pageMetadata({ inEveryLanguage: true, locale, title: env.siteName, description: t('metaDescription'), path: localePath(locale, '/') }),
    title: { absolute: env.siteName },
  };
}

/** Topics shown on the home page, most used first. */
const HOME_TAGS = 40;

/** Upcoming events shown first on the home page. */
const HOME_UPCOMING = 3;

const MORE = 'mt-4 inline-block text-sm font-medium text-teal-700 hover:underline dark:text-teal-300';

export async function HomeListing({ locale }: { locale: Locale }) {
  // Upcoming follows the clock: the scheduler expires this page when an event ends (lib/recaps/event-expiry.ts).
  const [t, te, upcoming, latest, speakers, tags] = await Promise.all([
    getTranslations({ locale, namespace: 'home' }),
    getTranslations({ locale, namespace: 'events' }),
    listUpcomingEvents(HOME_UPCOMING, locale, now()),
    listLatestPastEvents(6, locale, now()),
    listFrequentSpeakers(8),
    listTags(),
  ]);
  const frequent = speakers.items;
  return (
    <>
      <section className="mb-12">
        <h1 className="text-4xl font-bold tracking-tight text-zinc-900 sm:text-5xl dark:text-zinc-50">{t('title')}</h1>
        <p className="mt-4 max-w-2xl text-lg text-zinc-600 dark:text-zinc-400">{t('intro')}</p>
      </section>
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming-title" className="mb-12">
          <div className="mb-4 flex items-baseline justify-between">
            <h2 id="upcoming-title" className="text-2xl font-semibold text-zinc-900 dark:text-zinc-50">
              {t('upcoming')}
            </h2>
            <Link href={localePath(locale, '/events')} className="text-sm font-medium text-teal-700 hover:underline dark:text-teal-300">
              {te('allEvents')}
            </Link>
          </div>
          <EventCardList locale={locale} events={upcoming} />
        </section>
      )}
      <section aria-labelledby="latest-title" className="mb-12">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 id="latest-title" className="text-2xl font-semibold text-zinc-900 dark:text-zinc-50">
            {t('latest')}
          </h2>
          <Link href={localePath(locale, '/recaps')} className="text-sm font-medium text-teal-700 hover:underline dark:text-teal-300">
            {t('allRecaps')}
          </Link>
        </div>
        <RecapGrid locale={locale} recaps={latest} headingLevel="h3" />
      </section>
      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="speakers-title">
          <h2 id="speakers-title" className="mb-4 text-2xl font-semibold text-zinc-900 dark:text-zinc-50">
            {t('speakers')}
          </h2>
          <ul className="space-y-2">
            {frequent.map((s) => (
              <li key={s.slug}>
                <Link
                  href={localePath(locale, `/speakers/${encodeURIComponent(s.slug)}`)}
                  lang={otherScriptLang(speakerDisplayName(s, locale), locale)}
                  className="font-medium hover:underline"
                >
                  {speakerDisplayName(s, locale)}
                </Link>
                <span className="text-sm text-zinc-600 dark:text-zinc-400"> · {t('talkCount', { count: s.talkCount })}</span>
              </li>
            ))}
          </ul>
          <Link href={localePath(locale, '/speakers')} className={MORE}>
            {t('allSpeakers', { count: speakers.total })}
          </Link>
        </section>
        <section aria-labelledby="tags-title">
          <h2 id="tags-title" className="mb-4 text-2xl font-semibold text-zinc-900 dark:text-zinc-50">
            {t('topics')}
          </h2>
          <TagList locale={locale} tags={tags.items.slice(0, HOME_TAGS)} />
          {tags.total > HOME_TAGS && (
            <Link href={localePath(locale, '/tags')} className={MORE}>
              {t('allTopics', { count: tags.total })}
            </Link>
          )}
        </section>
      </div>
    </>
  );
}
