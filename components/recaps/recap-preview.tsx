import type { ReactNode } from 'react';
import type { TalkInfo } from '@/lib/mdx/talks';
import type { RecapFields } from '@/lib/recaps/editor-fields';
import { formatDate } from '@/lib/format';
import { TalkContents } from './talk-contents';

/** A draft laid out like its public page: header, talk contents, body. */
export function RecapPreview({ fields, talks, children }: { fields: RecapFields; talks: TalkInfo[]; children?: ReactNode }) {
  const locale = fields.locale === 'zh' ? 'zh' : 'en';
  return (
    <article lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <header className="mb-6">
        {fields.community && <p className="text-sm font-medium text-teal-700 dark:text-teal-300">{fields.community}</p>}
        <p className="mt-1 text-2xl font-bold text-zinc-900 dark:text-zinc-50">{fields.title || 'Untitled recap'}</p>
        {fields.description && <p className="mt-2 text-zinc-600 dark:text-zinc-400">{fields.description}</p>}
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {fields.date && /^\d{4}-\d{2}-\d{2}$/.test(fields.date) && <time dateTime={fields.date}>{formatDate(fields.date, locale)}</time>}
          {fields.city && ` · ${fields.city}`}
          {fields.venue && ` · ${fields.venue}`}
        </p>
      </header>
      <TalkContents talks={talks} />
      <div className="prose prose-zinc max-w-none dark:prose-invert">{children}</div>
    </article>
  );
}
