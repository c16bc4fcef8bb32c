import Link from 'next/link';
import { formatDate } from '@/lib/format';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import type { SpeakerTalk } from '@/lib/recaps/types';

export interface SpeakerTalkLabels {
  slides: string;
  video: string;
  slidesFor: string;
  videoOf: string;
}

/**
 * One talk on a speaker page, in the language of the recap it is shown from
 * (its `lang`): the talk, the event, the speaker's role and affiliation as
 * that talk introduced them, slides and video. Labels come translated, in
 * the page's language (`pageLang`).
 */
export function SpeakerTalkItem({ entry, slug, labels, pageLang }: { entry: SpeakerTalk; slug: string; labels: SpeakerTalkLabels; pageLang: string }) {
  const { recap, talk } = entry;
  const self = talk.speakers.find((s) => s.slug === slug);
  const introduced = [self?.role, self?.affiliation].filter(Boolean).join(' · ');
  return (
    <li lang={HTML_LANG[recap.locale as Locale] ?? recap.locale} className="talk-item rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
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
      {introduced && (
        <p data-testid="talk-speaker-role" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {introduced}
        </p>
      )}
      {talk.summary && <p className="mt-2 line-clamp-3 text-sm">{talk.summary}</p>}
      {(talk.slides || talk.video) && (
        <p className="mt-3 flex flex-wrap gap-2 text-sm" lang={pageLang}>
          {talk.slides && (
            <a className="btn-link" href={talk.slides} rel="noopener noreferrer nofollow" aria-label={labels.slidesFor}>
              {labels.slides}
            </a>
          )}
          {talk.video && (
            <a className="btn-link" href={talk.video} rel="noopener noreferrer nofollow" aria-label={labels.videoOf}>
              {labels.video}
            </a>
          )}
        </p>
      )}
    </li>
  );
}
