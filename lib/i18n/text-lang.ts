import { HTML_LANG, type Locale } from './locales';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The `lang` to put on a passage of user content (a speaker's name, a city, a
 * recap's title) when its script shows it is in the other language than the
 * page's, else undefined: "张善友" on an English page is `zh-CN`, "Michael
 * Yuan" on a Chinese page `en`. Text with Han characters counts as Chinese.
 */
export function otherScriptLang(text: string, pageLocale: Locale): string | undefined {
  const written: Locale | null = HAN.test(text) ? 'zh' : LATIN.test(text) ? 'en' : null;
  return written && written !== pageLocale ? HTML_LANG[written] : undefined;
}

/** The `lang` of a passage in `locale` (a recap's title, by the recap's language) when it differs from the page's. */
export function langIfOther(locale: Locale, pageLocale: Locale): string | undefined {
  return locale === pageLocale ? undefined : HTML_LANG[locale];
}
