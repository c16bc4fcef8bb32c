import { useTranslations } from 'next-intl';
import { boundedLineDiff } from '@/lib/text/bounded-diff';

interface Props {
  /** The body of the revision being looked at. */
  revision: string;
  /** The recap's current body. */
  current: string;
  version: number;
  /** Where each text can be downloaded, for when the diff is too large to show. */
  downloads: { revision: string; current: string };
}

const LINES =
  'mt-4 max-h-[70vh] overflow-y-auto overflow-x-hidden rounded-lg border border-zinc-200 bg-white p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap [overflow-wrap:anywhere] dark:border-zinc-800 dark:bg-zinc-900';

/**
 * What restoring this revision would change in the current text: lines it
 * brings back are added (green), lines it takes away removed (red). Long lines
 * wrap; nothing scrolls sideways. The diff is bounded (boundedLineDiff): past
 * its budget the page offers both texts to download instead of stalling.
 */
export function RevisionDiff({ revision, current, version, downloads }: Props) {
  // On the server, in the locale the history page set (setRequestLocale).
  const t = useTranslations('editor.history');
  if (revision === current) return <p className="mt-4 text-sm">{t('noDifference')}</p>;
  const parts = boundedLineDiff(current, revision);
  if (!parts) {
    return (
      <div className="mt-4 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm dark:bg-amber-950/40" data-testid="revision-diff-too-large">
        <p>{t('tooMany')}</p>
        <p className="mt-2 flex flex-wrap gap-4">
          <a href={downloads.revision} download className="underline">
            {t('downloadVersion', { version })}
          </a>
          <a href={downloads.current} download className="underline">
            {t('downloadCurrent')}
          </a>
        </p>
      </div>
    );
  }
  return (
    <>
      <p className="mt-4 text-xs text-zinc-600 dark:text-zinc-400">
        {t.rich('legend', {
          added: (chunks) => <span className="rounded bg-emerald-100 px-1 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100">{chunks}</span>,
          removed: (chunks) => <span className="rounded bg-red-100 px-1 text-red-950 dark:bg-red-950 dark:text-red-100">{chunks}</span>,
        })}
      </p>
      <div className={LINES} data-testid="revision-diff">
        {parts.map((part, i) =>
          part.added ? (
            <ins key={i} className="block bg-emerald-100 text-emerald-950 no-underline dark:bg-emerald-950 dark:text-emerald-100">
              <span className="sr-only">{t('bringsBack')} </span>
              {part.value}
            </ins>
          ) : part.removed ? (
            <del key={i} className="block bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100">
              <span className="sr-only">{t('removes')} </span>
              {part.value}
            </del>
          ) : (
            <span key={i} className="block">
              {part.value}
            </span>
          ),
        )}
      </div>
    </>
  );
}
