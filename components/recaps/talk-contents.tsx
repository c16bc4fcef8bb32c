import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { TalkInfo } from '@/lib/mdx/talks';

/**
 * Table of contents of a recap's talks; plain anchors, so it works without JavaScript.
 * Sticky only beside the body, in `RecapArticle`'s wide (container) layout: stacked above it, it scrolls away.
 */
export function TalkContents({ locale, talks }: { locale: Locale; talks: TalkInfo[] }) {
  if (talks.length === 0) return null;
  return (
    <nav id="contents" aria-labelledby="contents-title" className="mb-8 @4xl:sticky @4xl:top-20 @4xl:col-start-2 @4xl:row-start-1 @4xl:mb-0 @4xl:self-start">
      <p id="contents-title" className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">
        {translator(locale, 'recap')('contents')}
      </p>
      <ol className="mt-3 space-y-2 border-l border-zinc-200 text-sm dark:border-zinc-800">
        {talks.map((talk) => (
          <li key={talk.id} className="pl-4">
            <a href={`#${talk.id}`} className="toc-link">
              {talk.title}
            </a>
            <span className="meta-xs">{talk.speakers.map((s) => s.name).join(', ')}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
