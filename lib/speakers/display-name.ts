import type { Locale } from '@/lib/i18n/locales';

/** A speaker's name on a page in `locale`: the person's name in that language, else in the other, else as the newest talk wrote it. Pure. */
export function speakerDisplayName(speaker: { name: string; names: Partial<Record<Locale, string>> }, locale: Locale): string {
  return speaker.names[locale] ?? speaker.names[locale === 'en' ? 'zh' : 'en'] ?? speaker.name;
}
