import type { ComponentPropsWithoutRef } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { TalkInfo } from '@/lib/mdx/talks';
import { isSafeUrl } from '@/lib/mdx/safe-url';
import { Callout } from './callout';
import { Figure } from './figure';
import { Gallery } from './gallery';
import { Talk } from './talk';
import { Video } from './video';

function SafeLink({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  // Defence in depth: validation already refused unsafe URLs.
  if (!isSafeUrl(href)) return <span>{children}</span>;
  const external = /^https?:/i.test(href);
  return (
    <a href={href} {...rest} {...(external ? { rel: 'noopener noreferrer nofollow ugc' } : {})}>
      {children}
    </a>
  );
}

function SafeImage({ src, alt = '' }: ComponentPropsWithoutRef<'img'>) {
  if (typeof src !== 'string' || !isSafeUrl(src)) return null;
  // eslint-disable-next-line @next/next/no-img-element -- author images of unknown size
  return <img src={src} alt={alt} loading="lazy" decoding="async" />;
}

/** The allow-listed components, bound to the talks and the language of the recap being rendered. */
export function mdxComponents(talks: TalkInfo[], locale: Locale) {
  return {
    a: SafeLink,
    img: SafeImage,
    Talk: ({ talkIndex, children }: { talkIndex?: string; children?: React.ReactNode }) => {
      const talk = talks[Number(talkIndex)];
      return talk ? (
        <Talk locale={locale} talk={talk}>
          {children}
        </Talk>
      ) : null;
    },
    Figure,
    Gallery,
    Video: (props: { src: string; title: string }) => <Video locale={locale} {...props} />,
    Callout: (props: { type?: string; title?: string; children?: React.ReactNode }) => <Callout locale={locale} {...props} />,
  };
}
