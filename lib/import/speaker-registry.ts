import { nameKey } from '@/lib/speakers/name-key';
import { romanKey } from '@/lib/speakers/roman-key';
import { namesOf, type Person } from '@/lib/speakers/types';

// The speaker registry as the importer receives it: plain data (people and
// their names), so that lib/import needs no database to be tested. The
// command line builds it from content/speakers.yml and the database's people,
// the admin from the database (registry-load.ts). A name resolves the way the
// portal resolves a talk's speaker (lib/speakers/name-key.ts); a name that
// only sounds the same (lib/speakers/roman-key.ts) is proposed, never linked.

/** One name a person answers to. */
export interface RegistryName {
  slug: string;
  name: string;
}

export interface ImportRegistry {
  /** Names exactly as the registry writes them (display names and aliases). */
  exact: ReadonlyMap<string, RegistryName>;
  /** By normalised key: the portal's own resolution. */
  byKey: ReadonlyMap<string, RegistryName>;
  /** By romanization key: candidates to propose, never to link. */
  byRoman: ReadonlyMap<string, RegistryName[]>;
}

export const EMPTY_REGISTRY: ImportRegistry = { exact: new Map(), byKey: new Map(), byRoman: new Map() };

/**
 * The registry of `names` (each person's display names and aliases). The
 * first owner of a normalised name keeps it, as the registry tables do
 * (file people are passed first, and win over a database name of the same key). Pure.
 */
export function importRegistry(names: Iterable<RegistryName>): ImportRegistry {
  const exact = new Map<string, RegistryName>();
  const byKey = new Map<string, RegistryName>();
  const byRoman = new Map<string, RegistryName[]>();
  for (const entry of names) {
    const name = entry.name.trim();
    const key = nameKey(name);
    if (!key) continue;
    const owner = byKey.get(key);
    if (owner && owner.slug !== entry.slug) continue;
    const named = { slug: entry.slug, name };
    if (!owner) byKey.set(key, named);
    if (!exact.has(name)) exact.set(name, named);
    const roman = romanKey(name);
    if (roman) {
      const list = byRoman.get(roman) ?? [];
      if (!list.some((n) => n.slug === entry.slug)) list.push(named);
      byRoman.set(roman, list);
    }
  }
  return { exact, byKey, byRoman };
}

/** The names of registry people (content/speakers.yml as parsed by lib/speakers/registry-file.ts), in registry order. */
export function namesOfPeople(people: readonly Pick<Person, 'slug' | 'names' | 'aliases'>[]): RegistryName[] {
  return people.flatMap((person) => namesOf(person).map((name) => ({ slug: person.slug, name })));
}

export interface Resolution {
  slug: string;
  /** The registry's name it matched. */
  match: string;
  confidence: 'certain' | 'likely';
}

/** The person a talk's speaker name is, as the portal will resolve it: exactly (certain) or once normalised (likely); null otherwise. */
export function resolveName(registry: ImportRegistry, name: string): Resolution | null {
  const exact = registry.exact.get(name.trim());
  if (exact) return { slug: exact.slug, match: exact.name, confidence: 'certain' };
  const normalised = registry.byKey.get(nameKey(name));
  return normalised ? { slug: normalised.slug, match: normalised.name, confidence: 'likely' } : null;
}

/** Registry people whose name sounds like `name` (the same romanization), for a name that resolves to no one: proposals only. */
export function closeNames(registry: ImportRegistry, name: string): RegistryName[] {
  if (resolveName(registry, name)) return [];
  const roman = romanKey(name);
  return roman ? (registry.byRoman.get(roman) ?? []).slice(0, 3) : [];
}
