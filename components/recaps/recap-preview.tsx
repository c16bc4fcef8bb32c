import type { ReactNode } from 'react';
import { translator } from '@/lib/i18n/translator';
import type { TalkInfo } from '@/lib/mdx/talks';
import { splitTags, type RecapFields } from '@/lib/recaps/editor-fields';
import { RecapArticle } from './recap-article';

/** The language a draft is written in, as its form says (English until chosen). */
export const draftLocale = (fields: Pick<RecapFields, 'locale'>) => (fields.locale === 'zh' ? 'zh' : 'en');

interface Props {
  fields: RecapFields;
  talks: TalkInfo[];
  children?: ReactNode;
  /** `h1` on the anonymous preview page, which looks exactly like the public page; `p` inside the editor. */
  titleAs?: 'h1' | 'p';
}

/** A draft laid out by the public page's own component, from the editor's form fields as typed. */
export function RecapPreview({ fields, talks, children, titleAs = 'p' }: Props) {
  const locale = draftLocale(fields);
  return (
    <div lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <RecapArticle
        titleAs={titleAs}
        recap={{
          title: fields.title || translator(locale, 'recap')('untitled'),
          community: fields.community,
          description: fields.description,
          date: fields.date,
          city: fields.city,
          venue: fields.venue || undefined,
          locale,
          tags: splitTags(fields.tags),
          talks,
        }}
      >
        {children}
      </RecapArticle>
    </div>
  );
}
