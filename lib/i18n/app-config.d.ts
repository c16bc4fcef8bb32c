// next-intl's type registration: `t('common.nav.recaps')` is checked against
// the English catalog, and a locale is one of LOCALES.
import type { Locale } from './locales.mjs';
import type { Messages } from './messages';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
