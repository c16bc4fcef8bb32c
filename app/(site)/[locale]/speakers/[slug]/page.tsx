import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SpeakerTalkItem } from '@/components/speakers/speaker-talk-item';
import { JsonLd } from '@/components/ui/json-ld';
import { scopedCalendarAlternate, withCalendarAlternate } from '@/lib/calendar/alternates';
import { env } from '@/lib/env';
import { HTML_LANG, isLocale, pathInLocale, type Locale } from '@/lib/i18n/locales';
import { getSpeaker, getSpeakerRedirect } from '@/lib/recaps/public-reads';
import { speakerSubtitle } from '@/lib/recaps/speakers';
import { decodeSegment } from '@/lib/routing/segment';
import { absoluteUrl, pageMetadata } from '@/lib/seo';
import { countEvents, groupSpeakerTalks } from '@/lib/speakers/speaker-talks';
import { ServerNotFound } from '@/lib/workarounds/server-not-found';

interface Props {
  params: Promise<{ slug: string; locale: string }>;
}

/** The page's slug and language (its URL's: English unprefixed by default, Chinese under /zh). */
async function pageOf(params: Props['params']): Promise<{ slug: string; locale: Locale }> {
  const { slug, locale } = await params;
  // Not a language: nothing here (and nothing cached for it).
  if (!isLocale(locale)) notFound();
  return { slug: decodeSegment(slug), locale };
}

const speakerPath = (slug: string, locale: Locale) => pathInLocale(locale, `/speakers/${encodeURIComponent(slug)}`, env.defaultLocale);

// A backstop: a publish expires exactly the pages it changes (lib/recaps/after-public-change.ts),
// but a render already under way when it lands could cache the old text; at most an hour.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/** The person's name in the page's language first, and in the other script when the registry has it. */
function namesFor(speaker: { name: string; names: Partial<Record<Locale, string>> }, locale: Locale) {
  const other: Locale = locale === 'en' ? 'zh' : 'en';
  const primary = speaker.names[locale] ?? speaker.names[other] ?? speaker.name;
  const secondary = speaker.names[other] && speaker.names[other] !== primary ? { name: speaker.names[other], lang: HTML_LANG[other] } : null;
  return { primary, primaryLang: speaker.names[locale] ? HTML_LANG[locale] : speaker.names[other] ? HTML_LANG[other] : undefined, secondary };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await pageOf(params);
  const t = await getTranslations({ locale, namespace: 'speaker' });
  const speaker = await getSpeaker(slug);
  if (!speaker) return { title: t('notFound'), robots: { index: false } };
  const { primary, secondary } = namesFor(speaker, locale);
  const talks = groupSpeakerTalks(speaker.talks, locale);
  const name = secondary ? `${primary} (${secondary.name})` : primary;
  const base = pageMetadata({
    inEveryLanguage: true,
    locale,
    title: name,
    description: t('metaDescription', { name, talks: talks.length, events: countEvents(talks) }).slice(0, 200),
    path: speakerPath(speaker.slug, locale),
  });
  // The speaker's calendar feed (lib/calendar), in the page's language.
  return withCalendarAlternate(base, scopedCalendarAlternate('speaker', speaker.slug, primary, locale));
}

export default async function SpeakerPage({ params }: Props) {
  const { slug, locale } = await pageOf(params);
  const speaker = await getSpeaker(slug);
  if (!speaker) {
    // A page merged into a person's, or a name's own page before the registry linked it: moved for good.
    const target = await getSpeakerRedirect(slug);
    if (target) permanentRedirect(speakerPath(target, locale));
    return <ServerNotFound locale={locale} />;
  }
  const t = await getTranslations({ locale, namespace: 'speaker' });
  const { primary, primaryLang, secondary } = namesFor(speaker, locale);
  const talks = groupSpeakerTalks(speaker.talks, locale);
  const subtitle = speakerSubtitle(speaker.slug, talks, locale);
  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Person',
          name: primary,
          ...(secondary ? { alternateName: secondary.name } : {}),
          ...(speaker.role ? { jobTitle: speaker.role } : {}),
          ...(speaker.affiliation ? { affiliation: { '@type': 'Organization', name: speaker.affiliation } } : {}),
          ...(speaker.links.homepage || speaker.links.github
            ? { sameAs: [speaker.links.homepage, speaker.links.github && `https://github.com/${speaker.links.github}`].filter(Boolean) }
            : {}),
          url: absoluteUrl(speakerPath(speaker.slug, locale)),
        }}
      />
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">
          <span lang={primaryLang === HTML_LANG[locale] ? undefined : primaryLang}>{primary}</span>
        </h1>
        {secondary && (
          <p data-testid="speaker-other-name" lang={secondary.lang} className="mt-1 text-2xl text-zinc-600 dark:text-zinc-400">
            {secondary.name}
          </p>
        )}
        {subtitle.text && (
          <p
            data-testid="speaker-subtitle"
            lang={subtitle.locale === locale ? undefined : HTML_LANG[subtitle.locale as Locale]}
            className="mt-2 text-zinc-600 dark:text-zinc-400"
          >
            {subtitle.text}
          </p>
        )}
        {(speaker.links.homepage || speaker.links.github) && (
          <ul aria-label={t('links')} className="mt-3 flex gap-3 text-sm">
            {speaker.links.homepage && (
              <li>
                <a className="underline" href={speaker.links.homepage} rel="noopener noreferrer me">
                  {t('homepage')}
                </a>
              </li>
            )}
            {speaker.links.github && (
              <li>
                <a className="underline" href={`https://github.com/${speaker.links.github}`} rel="noopener noreferrer me">
                  {t('github')}
                </a>
              </li>
            )}
          </ul>
        )}
      </header>
      <h2 className="mb-4 text-xl font-semibold text-zinc-900 dark:text-zinc-50">{t('talksHeading', { talks: talks.length, events: countEvents(talks) })}</h2>
      <ol className="space-y-4">
        {talks.map((entry) => (
          <SpeakerTalkItem
            key={`${entry.recap.slug}#${entry.talk.id}`}
            entry={entry}
            slug={speaker.slug}
            pageLang={HTML_LANG[locale]}
            labels={{
              slides: t('slides'),
              video: t('video'),
              slidesFor: t('slidesFor', { title: entry.talk.title }),
              videoOf: t('videoOf', { title: entry.talk.title }),
            }}
          />
        ))}
      </ol>
    </>
  );
}
