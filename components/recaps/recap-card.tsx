import Link from 'next/link';
import { formatDate } from '@/lib/format';
import { CoverImage } from './cover-image';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import type { RecapSummary } from '@/lib/recaps/types';

/** Each language's name in itself: the badge of a card in the other language reads the same on every page. */
const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', zh: '中文' };

/**
 * A recap in a listing: cover, title, when and where, talk count, speakers.
 * `priority`: the page's first card (CoverImage). `pageLocale`: the
 * listing's language; a recap in another one (an event not published in the
 * page's language) says which.
 */
export function RecapCard({
  recap,
  headingLevel = 'h2',
  priority = false,
  pageLocale,
}: {
  recap: RecapSummary;
  headingLevel?: 'h2' | 'h3';
  priority?: boolean;
  pageLocale?: Locale;
}) {
  const Heading = headingLevel;
  const otherLanguage = pageLocale !== undefined && recap.locale !== pageLocale;
  const speakers = [...new Set(recap.talks.flatMap((t) => t.speakers.map((s) => s.name)))];
  return (
    <article lang={HTML_LANG[recap.locale]} className="group relative flex flex-col overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800">
      {recap.cover && <CoverImage src={recap.cover} priority={priority} />}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <time dateTime={recap.date}>{formatDate(recap.date, recap.locale)}</time> · {recap.city}
          {otherLanguage && (
            <span
              data-testid="recap-language"
              className="ml-2 rounded border border-zinc-300 px-1.5 py-0.5 text-xs text-zinc-700 dark:border-zinc-700 dark:text-zinc-300"
            >
              {LANGUAGE_NAMES[recap.locale]}
            </span>
          )}
        </p>
        <Heading className="text-lg font-semibold leading-snug text-zinc-900 dark:text-zinc-50">
          <Link href={`/recaps/${recap.slug}`} className="after:absolute after:inset-0 group-hover:underline">
            {recap.title}
          </Link>
        </Heading>
        <p className="line-clamp-3 text-sm">{recap.description}</p>
        <p className="mt-auto pt-2 text-xs text-zinc-600 dark:text-zinc-400">
          {recap.talks.length} talk{recap.talks.length === 1 ? '' : 's'}
          {speakers.length > 0 && ` · ${speakers.slice(0, 3).join(', ')}${speakers.length > 3 ? ` +${speakers.length - 3}` : ''}`}
        </p>
      </div>
    </article>
  );
}

/** Every grid sits near the top of its page (home, /recaps, a tag page): its first cover is the page's largest paint. */
export function RecapGrid({ recaps, headingLevel, pageLocale }: { recaps: RecapSummary[]; headingLevel?: 'h2' | 'h3'; pageLocale?: Locale }) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {recaps.map((recap, i) => (
        <li key={recap.slug} className="flex">
          <RecapCard recap={recap} headingLevel={headingLevel} priority={i === 0} pageLocale={pageLocale} />
        </li>
      ))}
    </ul>
  );
}
