import type { TalkInfo } from '@/lib/mdx/talks';

/** A talk's slides and video links (nothing when it has neither), on its recap and on speaker pages. */
export function TalkLinks({ talk, className, lang }: { talk: Pick<TalkInfo, 'title' | 'slides' | 'video'>; className: string; lang?: string }) {
  if (!talk.slides && !talk.video) return null;
  return (
    <p className={className} lang={lang}>
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
  );
}
