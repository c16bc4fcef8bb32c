import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { TalkInfo } from '@/lib/mdx/talks';

interface Props {
  talk: Pick<TalkInfo, 'title' | 'slides' | 'video'>;
  className: string;
  /** The page's language: "Slides" / "幻灯片" (the default locale when not given). */
  locale?: Locale;
  /** The talk title's own language, when it is not the page's. */
  lang?: string;
}

/** A talk's slides and video links (nothing when it has neither), on its recap and on speaker pages. */
export function TalkLinks({ talk, className, locale = env.defaultLocale, lang }: Props) {
  if (!talk.slides && !talk.video) return null;
  const t = translator(locale, 'talk');
  const hidden = (chunks: React.ReactNode) => (
    <span className="sr-only" lang={lang}>
      {chunks}
    </span>
  );
  return (
    <p className={className}>
      {talk.slides && (
        <a className="btn-link" href={talk.slides} rel="noopener noreferrer nofollow">
          {t.rich('slides', { title: talk.title, hidden })}
        </a>
      )}
      {talk.video && (
        <a className="btn-link" href={talk.video} rel="noopener noreferrer nofollow">
          {t.rich('video', { title: talk.title, hidden })}
        </a>
      )}
    </p>
  );
}
