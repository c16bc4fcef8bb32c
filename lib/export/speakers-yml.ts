import { nameKey } from '@/lib/speakers/name-key';
import type { Person } from '@/lib/speakers/types';
import type { ExportedPersonRow } from '@/lib/sql/export-reads';

// The speaker registry in the format of content/speakers.yml
// (lib/speakers/registry-file.ts reads it back), for the export.

const HEADER = [
  '# The speaker registry, exported: one entry per person, keyed by the speaker page slug.',
  '# Same format as content/speakers.yml (lib/speakers/registry-file.ts).',
  '',
];

/** A YAML double-quoted scalar: JSON's string syntax is a subset of it. */
const quoted = (value: string) => JSON.stringify(value);

/** One person's entry: `name: { en, zh }`, then aliases and links when they have any. */
export function personEntry(person: Pick<Person, 'slug' | 'names' | 'aliases' | 'links'>): string {
  const names = (['en', 'zh'] as const).filter((l) => person.names[l]).map((l) => `${l}: ${quoted(person.names[l]!)}`);
  const lines = [`${person.slug}:`, `  name: { ${names.join(', ')} }`];
  if (person.aliases.length) lines.push(`  aliases: [${person.aliases.map(quoted).join(', ')}]`);
  const links = (['homepage', 'github'] as const).filter((k) => person.links[k]).map((k) => `${k}: ${quoted(person.links[k]!)}`);
  if (links.length) lines.push(`  links: { ${links.join(', ')} }`);
  return `${lines.join('\n')}\n`;
}

/**
 * Merges the git-managed people with the database's: file people as the file
 * has them, plus names organizers added to them in the admin (as aliases);
 * database people with all their names. A name another person already holds
 * is left out (the registry refuses a name two people share; the file wins,
 * as it does when it loads).
 */
export class RegistryMerger {
  private readonly owners = new Map<string, string>();
  private readonly people = new Map<string, Pick<Person, 'slug' | 'names' | 'aliases' | 'links'>>();

  addFilePeople(people: Person[]): void {
    for (const p of people) {
      const copy = { slug: p.slug, names: { ...p.names }, aliases: [...p.aliases], links: { ...p.links } };
      this.people.set(p.slug, copy);
      for (const name of [copy.names.en, copy.names.zh, ...copy.aliases]) if (name) this.owners.set(nameKey(name), p.slug);
    }
  }

  addDatabasePerson(row: ExportedPersonRow): void {
    const existing = this.people.get(row.slug);
    if (existing && row.source === 'file') {
      // The file's own names are there already; only names added in the admin are new.
      for (const n of row.names) if (n.source === 'db' && this.claim(n.name, row.slug)) existing.aliases.push(n.name);
      return;
    }
    if (existing) return;
    const person = { slug: row.slug, names: {} as Person['names'], aliases: [] as string[], links: {} as Person['links'] };
    if (row.homepage) person.links.homepage = row.homepage;
    if (row.github) person.links.github = row.github;
    for (const n of row.names) {
      if (!this.claim(n.name, row.slug)) continue;
      if (n.kind === 'alias' || person.names[n.kind]) person.aliases.push(n.name);
      else person.names[n.kind] = n.name;
    }
    // A person needs a display name: the first alias becomes it.
    if (!person.names.en && !person.names.zh && person.aliases.length) person.names.en = person.aliases.shift()!;
    if (person.names.en || person.names.zh) this.people.set(row.slug, person);
  }

  /** speakers.yml's text, people by slug. */
  text(): string {
    const entries = [...this.people.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)).map(personEntry);
    return [...HEADER, ...entries].join('\n');
  }

  get size(): number {
    return this.people.size;
  }

  /** Takes `name` for `slug` unless someone (this person included) already has it. */
  private claim(name: string, slug: string): boolean {
    const key = nameKey(name);
    if (this.owners.has(key)) return false;
    this.owners.set(key, slug);
    return true;
  }
}
