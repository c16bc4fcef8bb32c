import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { otherScriptLang } from '@/lib/i18n/text-lang';
import { translator } from '@/lib/i18n/translator';
import type { TalkInfo } from '@/lib/mdx/talks';

/** A talk whose speakers changed before the event (the announced ones and the ones who spoke): from the event's record, by talk id. */
export interface SpeakerChange {
  talk: string;
  announced: string[];
  spoke: string[];
  at: string;
}

/** The agenda of an announced event: start times (local to its zone), titles, speakers, and who was announced when that changed. */
export function EventAgenda({ talks, locale, speakerChanges = [] }: { talks: TalkInfo[]; locale: Locale; speakerChanges?: SpeakerChange[] }) {
  if (talks.length === 0) return null;
  const t = translator(locale, 'event');
  const changes = new Map(speakerChanges.map((c) => [c.talk, c]));
  return (
    <section aria-labelledby="agenda-title" className="mt-8">
      <h2 id="agenda-title" className="text-xl font-semibold text-zinc-900 dark:text-zinc-50">
        {t('agenda')}
      </h2>
      <ol className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="agenda">
        {talks.map((talk) => {
          const change = changes.get(talk.id);
          return (
            <li key={talk.id} className="flex gap-4 py-3">
              <span className="w-14 shrink-0 font-mono text-sm text-zinc-600 tabular-nums dark:text-zinc-400">{talk.start ?? ''}</span>
              <span className="min-w-0">
                <a href={`#${talk.id}`} className="font-medium text-zinc-900 hover:underline dark:text-zinc-100">
                  {talk.title}
                </a>
                <span className="block text-sm text-zinc-600 dark:text-zinc-400">
                  {talk.speakers.map((s, i) => (
                    <span key={s.slug}>
                      {i > 0 && ', '}
                      <a
                        href={localePath(locale, `/speakers/${encodeURIComponent(s.slug)}`)}
                        lang={otherScriptLang(s.name, locale)}
                        className="hover:underline"
                      >
                        {s.name}
                      </a>
                    </span>
                  ))}
                </span>
                {change && change.announced.length > 0 && (
                  <span className="block text-sm text-zinc-500 dark:text-zinc-400" data-testid="speaker-change">
                    {t('announced', { names: change.announced.join(', ') })}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
