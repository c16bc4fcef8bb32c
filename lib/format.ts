const formatters = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD or ISO timestamp) for people, in the recap's language, in UTC. */
export function formatDate(value: string, locale: string = 'en'): string {
  const key = locale === 'zh' ? 'zh-CN' : 'en-GB';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(key, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : formatter.format(date);
}
