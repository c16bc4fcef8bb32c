/** Marks every occurrence of the terms in `text` (case-insensitive) without any HTML injection. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <mark key={i} className="rounded bg-amber-200 px-0.5 text-zinc-900 dark:bg-amber-300">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
