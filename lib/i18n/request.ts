import { getRequestConfig } from 'next-intl/server';
import { env } from '@/lib/env';
import { isLocale, type Locale } from './locales';
import { messagesFor } from './messages';

/**
 * next-intl's per-request configuration (next.config.js points its plugin here).
 * The locale is always decided by the caller, never by a cookie or a header,
 * so public pages stay cacheable: a public page passes its URL's locale
 * (`setRequestLocale` in app/(site)/[locale]), a recap page its recap's
 * language (`getTranslations({ locale })`), the admin the organizer's setting
 * (lib/i18n/admin-locale.ts, passed the same ways: `getTranslations({ locale })`,
 * or `setRequestLocale` where a server component uses `useTranslations`).
 */
export default getRequestConfig(async ({ locale, requestLocale }) => {
  const chosen = locale ?? (await requestLocale);
  const resolved: Locale = isLocale(chosen) ? chosen : env.defaultLocale;
  return { locale: resolved, messages: messagesFor(resolved), timeZone: 'UTC' };
});
