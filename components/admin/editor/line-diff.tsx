import { useMemo } from 'react';
import { diffLines } from 'diff';

interface Props {
  theirs: string;
  mine: string;
  labelId: string;
}

/** Lines only in their version are marked removed, lines only in yours added, with the meaning spelled out for screen readers. */
export function LineDiff({ theirs, mine, labelId }: Props) {
  const rows = useMemo(
    () =>
      diffLines(theirs, mine).flatMap((change, c) =>
        change.value
          .replace(/\n$/, '')
          .split('\n')
          .map((line, i) => ({ key: `${c}-${i}`, line, kind: change.added ? 'mine' : change.removed ? 'theirs' : 'same' }) as const),
      ),
    [theirs, mine],
  );
  if (theirs === mine) return <p className="text-sm text-zinc-600 dark:text-zinc-400">The bodies are identical; only fields differ.</p>;
  return (
    <div
      role="region"
      aria-labelledby={labelId}
      tabIndex={0}
      className="max-h-80 overflow-auto rounded-md border border-zinc-300 font-mono text-xs dark:border-zinc-700"
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
            <span className="sr-only">Only in your version: </span>
            {line}
          </ins>
        ) : (
          <del key={key} className="block bg-red-100 px-2 whitespace-pre-wrap no-underline dark:bg-red-950">
            <span aria-hidden="true">- </span>
            <span className="sr-only">Only in their version: </span>
            {line}
          </del>
        ),
      )}
    </div>
  );
}
