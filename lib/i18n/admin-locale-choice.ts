import { isLocale, LOCALES, type Locale } from './locales';

/**
 * The locale an Accept-Language header asks for most, among ours: the highest
 * q-value wins (ties: the order written), a tag matches by its primary
 * language (`zh-TW`, `zh-Hans-CN` → `zh`; `en-GB` → `en`), `*` and `q=0` are
 * ignored. Null when nothing matches. Headers are bounded: at most 40 entries read.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  let best: { locale: Locale; q: number } | null = null;
  for (const part of header.slice(0, 2000).split(',').slice(0, 40)) {
    const [tag, ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || !isLocale(primary)) continue;
    if (!best || q > best.q) best = { locale: primary, q };
  }
  return best?.locale ?? null;
}

/**
 * The admin's language: the person's own setting, else what their browser
 * asks for, else the site's default. Pure, for lib/i18n/admin-locale.ts.
 */
export function chooseAdminLocale(setting: string | null | undefined, acceptLanguage: string | null | undefined, fallback: Locale): Locale {
  if (isLocale(setting)) return setting;
  return localeFromAcceptLanguage(acceptLanguage) ?? fallback;
}

/** The values the account page offers: each locale, plus "" for "follow my browser". */
export const ADMIN_LOCALE_CHOICES = ['', ...LOCALES] as const;
