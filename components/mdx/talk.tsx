import type { ReactNode } from 'react';
import type { TalkInfo } from '@/lib/mdx/talks';
import { SpeakerCard } from '@/components/recaps/speaker-card';

/** One talk of a recap: its own section, heading and anchor. */
export function Talk({ talk, children }: { talk: TalkInfo; children?: ReactNode }) {
  const headingId = `${talk.id}-title`;
  return (
    <section id={talk.id} aria-labelledby={headingId} className="talk not-prose">
      <h2 id={headingId} className="talk-title">
        <a href={`#${talk.id}`} className="hover:underline">
          {talk.title}
        </a>
      </h2>
      <ul className="speaker-list" aria-label="Speakers">
        {talk.speakers.map((speaker) => (
          <li key={speaker.slug}>
            <SpeakerCard speaker={speaker} />
          </li>
        ))}
      </ul>
      <div className="prose prose-zinc mt-6 max-w-none dark:prose-invert">{children}</div>
      {(talk.slides || talk.video) && (
        <p className="mt-4 flex flex-wrap gap-3 text-sm">
          {talk.slides && (
            <a className="btn-link" href={talk.slides} rel="noopener noreferrer nofollow">
              Slides<span className="sr-only"> for {talk.title}</span>
            </a>
          )}
          {talk.video && (
            <a className="btn-link" href={talk.video} rel="noopener noreferrer nofollow">
              Video<span className="sr-only"> of {talk.title}</span>
            </a>
          )}
        </p>
      )}
    </section>
  );
}
