'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import type { Locale } from '@/lib/i18n/locales.mjs';
import { samePageIn } from '@/lib/i18n/switch-path';

interface Props {
  locale: Locale;
  to: Locale;
  defaultLocale: Locale;
  label: string;
  lang: string;
  className: string;
  /** Keep the filters of a listing (`?city=…`); needs the URL's query, which a cached page learns only in the browser. */
  withQuery: boolean;
}

/** The header's link to the same page in the other language: a client leaf because a layout does not know its page's path. */
export function SamePageLanguageLink(props: Props) {
  const pathname = usePathname();
  return props.withQuery ? (
    <WithQuery {...props} pathname={pathname} />
  ) : (
    <Plain {...props} href={samePageIn(pathname, props.locale, props.to, props.defaultLocale)} />
  );
}

function WithQuery(props: Props & { pathname: string }) {
  const query = useSearchParams().toString();
  const href = samePageIn(props.pathname, props.locale, props.to, props.defaultLocale);
  return <Plain {...props} href={query ? `${href}?${query}` : href} />;
}

function Plain({ href, label, lang, className }: Props & { href: string }) {
  return (
    <a href={href} hrefLang={lang} lang={lang} className={className}>
      {label}
    </a>
  );
}
