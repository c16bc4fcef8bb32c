import type { Locale } from './locales';
import en from './messages/en.json';
import zh from './messages/zh.json';

/**
 * One message catalog per language. They stay on the server: server
 * components translate with next-intl's `getTranslations`, and a client
 * component receives only the strings it shows (as props, or the namespaces
 * its provider picks), so no catalog is shipped to a public page.
 */
const CATALOGS = { en, zh } as const;

export type Messages = typeof en;

export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale];
}
