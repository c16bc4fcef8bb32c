import Link from 'next/link';
import { formatDate } from '@/lib/format';
import { langIfOther, otherScriptLang } from '@/lib/i18n/text-lang';
import { translator } from '@/lib/i18n/translator';
import { CoverImage } from './cover-image';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import type { RecapSummary } from '@/lib/recaps/types';

/** Each language's name in itself: the badge of a card in the other language reads the same on every page. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', zh: '中文' };

interface CardProps {
  /** The page's language: the card's own words and date; the recap's title and description keep the recap's (`lang`). */
  locale: Locale;
  recap: RecapSummary;
  headingLevel?: 'h2' | 'h3';
  priority?: boolean;
}

/**
 * A recap in a listing: cover, title, when and where, talk count, speakers. `priority`: the page's first card (CoverImage).
 * A recap in the other language (an event not published in the page's language) says which.
 */
export function RecapCard({ locale, recap, headingLevel = 'h2', priority = false }: CardProps) {
  const Heading = headingLevel;
  const t = translator(locale, 'recaps');
  const speakers = [...new Set(recap.talks.flatMap((talk) => talk.speakers.map((s) => s.name)))];
  const recapLang = langIfOther(recap.locale, locale);
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800">
      {recap.cover && <CoverImage src={recap.cover} priority={priority} />}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <time dateTime={recap.date}>{formatDate(recap.date, locale)}</time> · <span lang={otherScriptLang(recap.city, locale)}>{recap.city}</span>
          {recap.locale !== locale && (
            <span
              data-testid="recap-language"
              lang={HTML_LANG[recap.locale]}
              className="ml-2 rounded border border-zinc-300 px-1.5 py-0.5 text-xs text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
            >
              {LANGUAGE_NAMES[recap.locale]}
            </span>
          )}
        </p>
        <Heading lang={recapLang} className="text-lg font-semibold leading-snug text-zinc-900 dark:text-zinc-50">
          <Link href={`/recaps/${recap.slug}`} className="after:absolute after:inset-0 group-hover:underline">
            {recap.title}
          </Link>
        </Heading>
        <p lang={recapLang} className="line-clamp-3 text-sm">
          {recap.description}
        </p>
        <p className="mt-auto pt-2 text-xs text-zinc-600 dark:text-zinc-400">
          {t('talkCount', { count: recap.talks.length })}
          {speakers.length > 0 && ' · '}
          {speakers.slice(0, 3).map((name, i) => (
            <span key={name}>
              {i > 0 && ', '}
              <span lang={otherScriptLang(name, locale)}>{name}</span>
            </span>
          ))}
          {speakers.length > 3 && ` +${speakers.length - 3}`}
        </p>
      </div>
    </article>
  );
}

/** Every grid sits near the top of its page (home, /recaps, a tag page): its first cover is the page's largest paint. */
export function RecapGrid({ locale, recaps, headingLevel }: { locale: Locale; recaps: RecapSummary[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {recaps.map((recap, i) => (
        <li key={recap.slug} className="flex">
          <RecapCard locale={locale} recap={recap} headingLevel={headingLevel} priority={i === 0} />
        </li>
      ))}
    </ul>
  );
}
