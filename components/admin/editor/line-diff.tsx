import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { boundedLineDiff } from '@/lib/text/bounded-diff';
import { downloadText } from './download-text';

interface Props {
  theirs: string;
  mine: string;
  labelId: string;
}

/**
 * Lines only in their version are marked removed, lines only in yours added,
 * with the meaning spelled out for screen readers. The diff is bounded
 * (boundedLineDiff), so a huge conflict never freezes the tab: past the
 * budget, both versions are offered as files instead.
 */
export function LineDiff({ theirs, mine, labelId }: Props) {
  const t = useTranslations('editor.diff');
  const rows = useMemo(
    () =>
      boundedLineDiff(theirs, mine)?.flatMap((change, c) =>
        change.value
          .replace(/\n$/, '')
          .split('\n')
          .map((line, i) => ({ key: `${c}-${i}`, line, kind: change.added ? 'mine' : change.removed ? 'theirs' : 'same' }) as const),
      ) ?? null,
    [theirs, mine],
  );
  if (theirs === mine) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('identical')}</p>;
  if (!rows) return <TooManyChanges theirs={theirs} mine={mine} />;
  return (
    <div
      role="region"
      aria-labelledby={labelId}
      tabIndex={0}
      className="max-h-80 overflow-y-auto overflow-x-hidden rounded-md border border-zinc-300 font-mono text-xs [overflow-wrap:anywhere] dark:border-zinc-700"
    >
      {rows.map(({ key, line, kind }) =>
        kind === 'same' ? (
          <div key={key} className="px-2 whitespace-pre-wrap">
            {'  '}
            {line}
          </div>
        ) : kind === 'mine' ? (
          <ins key={key} className="block bg-green-100 px-2 whitespace-pre-wrap no-underline dark:bg-green-950">
            <span aria-hidden="true">+ </span>
            <span className="sr-only">{t('onlyMine')} </span>
            {line}
          </ins>
        ) : (
          <del key={key} className="block bg-red-100 px-2 whitespace-pre-wrap no-underline dark:bg-red-950">
            <span aria-hidden="true">- </span>
            <span className="sr-only">{t('onlyTheirs')} </span>
            {line}
          </del>
        ),
      )}
    </div>
  );
}

/** Both bodies as files, for a conflict too large to show line by line. */
function TooManyChanges({ theirs, mine }: { theirs: string; mine: string }) {
  const t = useTranslations('editor.diff');
  return (
    <div className="rounded-md border border-amber-400 p-2 text-sm" data-testid="line-diff-too-large">
      <p>{t('tooMany')}</p>
      <p className="mt-1 flex flex-wrap gap-4">
        <button type="button" className="underline" onClick={() => downloadText(theirs, 'their-version.mdx')}>
          {t('downloadTheirs')}
        </button>
        <button type="button" className="underline" onClick={() => downloadText(mine, 'your-version.mdx')}>
          {t('downloadMine')}
        </button>
      </p>
    </div>
  );
}
