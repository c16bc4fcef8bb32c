import type { Locale } from '@/lib/i18n/locales';

/** A person's links, shown on their speaker page. */
export interface PersonLinks {
  homepage?: string;
  github?: string;
}

/**
 * One person of the speaker registry: the speaker page `slug`, the display
 * name per language, other spellings (`aliases`) and links. From
 * content/speakers.yml (`source: 'file'`, read-only in the admin) or the
 * database (`'db'`, edited in the admin).
 */
export interface Person {
  slug: string;
  names: Partial<Record<Locale, string>>;
  aliases: string[];
  links: PersonLinks;
  source: 'file' | 'db';
}

/** Every name a person answers to: display names first, then aliases. */
export function namesOf(person: Pick<Person, 'names' | 'aliases'>): string[] {
  return [...new Set([person.names.en, person.names.zh, ...person.aliases].filter((n): n is string => Boolean(n?.trim())))];
}
