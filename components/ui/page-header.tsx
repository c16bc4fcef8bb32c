import type { ReactNode } from 'react';

/** A page's h1 and intro; `titleLang` when the title is user content in the other language (a topic's label). */
export function PageHeader({ title, titleLang, children }: { title: string; titleLang?: string; children?: ReactNode }) {
  return (
    <header className="mb-8">
      <h1 lang={titleLang} className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">
        {title}
      </h1>
      {children && <div className="mt-3 max-w-2xl text-zinc-600 dark:text-zinc-400">{children}</div>}
    </header>
  );
}
