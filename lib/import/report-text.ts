import { createTranslator } from 'next-intl';
import { localizeMessage } from '@/lib/i18n/admin-errors';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import type { FilledField, ReportParam, ReportText, ReviewItem } from './report';

// The import report's sentences in a language, from the catalog's
// `importReport.text` (lib/i18n/messages/*.json). English is what the JSON
// report and the command line carry; the admin renders the organizer's
// language. No server-only: the command line and its tests run this too.

/** Lists of arguments (the reasons two posts were paired) as each language writes them. */
const LIST_SEPARATOR: Record<Locale, string> = { en: ', ', zh: '、' };

const translators = new Map<Locale, ReturnType<typeof create>>();

function create(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: 'importReport.text', timeZone: 'UTC' });
}

function textTranslator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = create(locale)));
  return t;
}

/** One sentence of the report in `locale`, its arguments rendered first (nested sentences, lists, sentences from elsewhere in lib). */
export function renderReportText(locale: Locale, text: ReportText): string {
  const values = Object.fromEntries(Object.entries(text.params ?? {}).map(([key, value]) => [key, renderParam(locale, value)]));
  return textTranslator(locale)(text.code, values);
}

function renderParam(locale: Locale, value: ReportParam): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((v) => renderReportText(locale, v)).join(LIST_SEPARATOR[locale]);
  if ('sentence' in value) return localizeMessage(value.sentence, locale);
  return renderReportText(locale, value);
}

/** Whether the catalog has a wording for `code` (a report stored before codes, or by a newer version, may name none). */
export function hasReportCode(locale: Locale, code: unknown): code is ReportText['code'] {
  return typeof code === 'string' && textTranslator(locale).has(code as ReportText['code']);
}

/**
 * A stored review item in `locale`: its code and arguments through the
 * catalog, else (an older report, an argument the wording cannot take) its
 * English `message`, never a key or an error.
 */
export function reviewItemText(item: Pick<ReviewItem, 'message'> & Partial<Pick<ReviewItem, 'code' | 'params'>>, locale: Locale): string {
  return storedText(item.code, item.params, item.message, locale);
}

/** A stored filled field's note in `locale` (as reviewItemText), or null when it has none. */
export function fieldNoteText(field: Pick<FilledField, 'note' | 'noteCode' | 'noteParams'>, locale: Locale): string | null {
  if (!field.note && !field.noteCode) return null;
  return storedText(field.noteCode, field.noteParams, field.note ?? '', locale);
}

function storedText(code: unknown, params: Record<string, ReportParam> | undefined, english: string, locale: Locale): string {
  if (!hasReportCode(locale, code)) return english;
  try {
    return renderReportText(locale, { code, params: params ?? {} });
  } catch {
    return english;
  }
}
