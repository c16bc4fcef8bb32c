import Link from 'next/link';
import { formatDate } from '@/lib/format';
import { CoverImage } from './cover-image';
import type { RecapSummary } from '@/lib/recaps/types';

/** A recap in a listing: cover, title, when and where, talk count, speakers. `priority`: the page's first card (CoverImage). */
export function RecapCard({ recap, headingLevel = 'h2', priority = false }: { recap: RecapSummary; headingLevel?: 'h2' | 'h3'; priority?: boolean }) {
  const Heading = headingLevel;
  const speakers = [...new Set(recap.talks.flatMap((t) => t.speakers.map((s) => s.name)))];
  return (
    <article
      lang={recap.locale === 'zh' ? 'zh-CN' : 'en'}
      className="group relative flex flex-col overflow-hidden rounded-xl border border-zinc-200 dark:border-zinc-800"
    >
      {recap.cover && <CoverImage src={recap.cover} priority={priority} />}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          <time dateTime={recap.date}>{formatDate(recap.date, recap.locale)}</time> · {recap.city}
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
export function RecapGrid({ recaps, headingLevel }: { recaps: RecapSummary[]; headingLevel?: 'h2' | 'h3' }) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {recaps.map((recap, i) => (
        <li key={recap.slug} className="flex">
          <RecapCard recap={recap} headingLevel={headingLevel} priority={i === 0} />
        </li>
      ))}
    </ul>
  );
}
