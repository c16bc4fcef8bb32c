import { formatDate } from '@/lib/format';
import { otherScriptLang } from '@/lib/i18n/text-lang';
import { translator } from '@/lib/i18n/translator';
import type { RecapSummary } from '@/lib/recaps/types';

/** Date, city, venue and organizer of the event, as a description list, in the recap's language (the page's chrome follows it). */
export function EventFacts({ recap }: { recap: Pick<RecapSummary, 'date' | 'locale' | 'city' | 'venue' | 'community' | 'talks'> }) {
  const t = translator(recap.locale, 'recap.facts');
  // "Beijing" on a Chinese recap is marked as English, for screen readers and hyphenation.
  const inItsScript = (text: string) => <span lang={otherScriptLang(text, recap.locale)}>{text}</span>;
  const facts: Array<[string, React.ReactNode]> = [
    [
      t('date'),
      <time key="d" dateTime={recap.date}>
        {formatDate(recap.date, recap.locale)}
      </time>,
    ],
    [t('city'), inItsScript(recap.city)],
    ...(recap.venue ? [[t('venue'), inItsScript(recap.venue)] as [string, React.ReactNode]] : []),
    [t('organizer'), inItsScript(recap.community)],
    [t('talks'), String(recap.talks.length)],
  ];
  return (
    <dl id="event" className="mt-6 grid grid-cols-2 gap-4 rounded-xl bg-zinc-50 p-4 text-sm sm:grid-cols-5 dark:bg-zinc-900">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
          <dd className="font-medium text-zinc-900 dark:text-zinc-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
