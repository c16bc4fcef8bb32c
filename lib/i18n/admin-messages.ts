import type { Locale } from './locales';
import { messagesFor, type Messages } from './messages';

/** The namespaces of the organizer area: the only part of the catalog its client provider ships. */
export const ADMIN_NAMESPACES = ['admin', 'editor', 'auth', 'mdxErrors', 'translation', 'speakerRegistry', 'restore', 'importJobs'] as const;

/**
 * The admin namespaces of a catalog, for the admin's NextIntlClientProvider:
 * the public site's strings (and the public site itself) never get them, and
 * namespaces other helpers add later (`translation`, `speakerRegistry`) come
 * along once they exist.
 */
export function adminMessages(locale: Locale): Partial<Messages> {
  const all = messagesFor(locale) as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const ns of ADMIN_NAMESPACES) if (ns in all) picked[ns] = all[ns];
  return picked as Partial<Messages>;
}
