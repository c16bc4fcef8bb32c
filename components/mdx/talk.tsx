import { TalkLinks } from '@/components/recaps/talk-links';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { TalkInfo } from '@/lib/mdx/talks';
import { SpeakerCard } from '@/components/recaps/speaker-card';

/**
 * One talk of a recap: its own section, heading and anchor. Only the heading,
 * the speakers and the links opt out of the body's typography (`not-prose`);
 * the summary is styled by the recap's own `prose`, so its paragraphs are
 * spaced exactly like the rest of the body. (A `not-prose` on the section
 * would strip them of every margin, even inside a nested `prose`.)
 */
export function Talk({ locale, talk, children }: { locale: Locale; talk: TalkInfo; children?: ReactNode }) {
  const headingId = `${talk.id}-title`;
  return (
    <section id={talk.id} aria-labelledby={headingId} className="talk">
      <h2 id={headingId} className="talk-title not-prose">
        <a href={`#${talk.id}`} className="title-link">
          {talk.title}
        </a>
      </h2>
      <ul className="speaker-list not-prose" aria-label={translator(locale, 'talk')('speakers')}>
        {talk.speakers.map((speaker) => (
          <li key={speaker.slug}>
            <SpeakerCard speaker={speaker} />
          </li>
        ))}
      </ul>
      <div className="talk-summary">{children}</div>
      <TalkLinks locale={locale} talk={talk} className="not-prose mt-4 flex flex-wrap gap-3 text-sm" />
    </section>
  );
}
