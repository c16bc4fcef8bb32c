import Link from 'next/link';
import type { ReactNode } from 'react';
import { localePath } from '@/lib/i18n/paths';
import { otherScriptLang } from '@/lib/i18n/text-lang';
import { translator } from '@/lib/i18n/translator';
import type { TalkInfo } from '@/lib/mdx/talks';
import { tagSlug } from '@/lib/recaps/slug';
import { EventFacts } from './event-facts';
import { TalkContents } from './talk-contents';

/** What the article shows of a recap: a published one, or a draft's form fields. */
export interface RecapArticleFacts {
  title: string;
  community: string;
  description: string;
  date: string;
  city: string;
  venue?: string;
  locale: 'en' | 'zh';
  tags: string[];
  talks: TalkInfo[];
}

interface Props {
  recap: RecapArticleFacts;
  /** The rendered body (`renderBody`). */
  children: ReactNode;
  /** `h1` on a page of its own; `p` inside the editor, whose page has its own heading. */
  titleAs?: 'h1' | 'p';
  footer?: ReactNode;
}

/**
 * The one layout of a recap: header, event facts, tags, talk contents and
 * body. The public page, the anonymous preview link and the editor's preview
 * all render through it, so a preview looks exactly like the page will.
 * Its two columns follow the width the article has (a container query), not
 * the window: in the editor's half-width preview the contents sit above the
 * body instead of floating over it. Its words are in the recap's language, as
 * is the chrome of the page around it.
 */
export function RecapArticle({ recap, children, titleAs: Title = 'h1', footer }: Props) {
  return (
    <article className="@container">
      <header className="mb-8">
        <p className="text-sm font-medium text-teal-700 dark:text-teal-300">{recap.community}</p>
        <Title className="mt-1 text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">{recap.title}</Title>
        <p className="mt-3 max-w-3xl text-lg text-zinc-600 dark:text-zinc-400">{recap.description}</p>
        <EventFacts recap={recap} />
        {recap.tags.length > 0 && (
          <ul className="mt-4 flex flex-wrap gap-2" aria-label={translator(recap.locale, 'recap')('tags')}>
            {recap.tags.map((tag) => (
              <li key={tag}>
                <Link
                  className="chip"
                  href={localePath(recap.locale, `/tags/${encodeURIComponent(tagSlug(tag))}`)}
                  prefetch={false}
                  lang={otherScriptLang(tag, recap.locale)}
                >
                  #{tag}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </header>
      <div data-testid="recap-columns" className="@4xl:grid @4xl:grid-cols-[minmax(0,1fr)_16rem] @4xl:gap-10">
        <TalkContents locale={recap.locale} talks={recap.talks} />
        <div className="prose prose-zinc max-w-none min-w-0 dark:prose-invert @4xl:col-start-1 @4xl:row-start-1">{children}</div>
      </div>
      {footer}
    </article>
  );
}
