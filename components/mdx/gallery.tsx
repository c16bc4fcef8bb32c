import type { ReactNode } from 'react';

/** A responsive grid of Figures. */
export function Gallery({ caption, children }: { caption?: string; children?: ReactNode }) {
  return (
    <figure className="gallery not-prose my-8">
      <div className="grid gap-4 sm:grid-cols-2 [&_figure]:my-0">{children}</div>
      {caption && <figcaption className="mt-2 text-center text-sm text-zinc-600 dark:text-zinc-400">{caption}</figcaption>}
    </figure>
  );
}
