import { diffLines } from 'diff';

/** Line diff of a revision against the current body: removed lines red, added lines green. */
export function RevisionDiff({ before, after }: { before: string; after: string }) {
  const parts = diffLines(before, after);
  if (parts.every((p) => !p.added && !p.removed)) return <p className="mt-4 text-sm">No difference in the body.</p>;
  return (
    <pre className="mt-4 max-h-[70vh] overflow-auto rounded-lg border border-zinc-200 bg-white p-3 text-xs leading-relaxed dark:border-zinc-800 dark:bg-zinc-900" data-testid="revision-diff">
      {parts.map((part, i) => (
        <span
          key={i}
          className={part.added ? 'block bg-emerald-100 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100' : part.removed ? 'block bg-red-100 text-red-950 line-through dark:bg-red-950 dark:text-red-100' : 'block'}
        >
          {part.added ? <span className="sr-only">Added in current: </span> : part.removed ? <span className="sr-only">Only in this revision: </span> : null}
          {part.value}
        </span>
      ))}
    </pre>
  );
}
