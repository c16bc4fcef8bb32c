import type { ReactNode } from 'react';
import type { TalkInfo } from '@/lib/mdx/talks';
import { splitTags, type RecapFields } from '@/lib/recaps/editor-fields';
import { RecapArticle } from './recap-article';

interface Props {
  fields: RecapFields;
  talks: TalkInfo[];
  children?: ReactNode;
  /** `h1` on the anonymous preview page, which looks exactly like the public page; `p` inside the editor. */
  titleAs?: 'h1' | 'p';
}

/** A draft laid out by the public page's own component, from the editor's form fields as typed. */
export function RecapPreview({ fields, talks, children, titleAs = 'p' }: Props) {
  const locale = fields.locale === 'zh' ? 'zh' : 'en';
  return (
    <div lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <RecapArticle
        titleAs={titleAs}
        recap={{
          title: fields.title || 'Untitled recap',
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
