import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { contentHash } from '@/lib/recaps/public-recap-rows';
import { getRegistryFileHash, replaceFilePeople, type PersonWrite } from '@/lib/sql/speakers';
import { nameKey } from './name-key';
import { parseRegistryFile, type RegistryProblem } from './registry-file';
import { romanKey } from './roman-key';
import type { SpeakerChange } from './speaker-change';
import type { Person } from './types';

// No server-only: the file loader runs under plain tsx.

/** Where the git-managed speaker registry lives, beside the recaps. */
export function registryFilePath(contentDir: string): string {
  return path.join(contentDir, 'speakers.yml');
}

/** The registry file's text, or '' when there is none (no people). */
export function readRegistryFile(contentDir: string): string {
  try {
    return fs.readFileSync(registryFilePath(contentDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** A person as the rows the registry tables hold: display names, then aliases, each name once (by key). */
export function personWrite(person: Pick<Person, 'slug' | 'names' | 'aliases' | 'links'>): PersonWrite {
  const names: PersonWrite['names'] = [];
  const seen = new Set<string>();
  const add = (name: string | undefined, kind: 'en' | 'zh' | 'alias') => {
    const key = name ? nameKey(name) : '';
    if (!key || seen.has(key)) return;
    seen.add(key);
    names.push({ name: name!.trim(), key, kind, roman: romanKey(name!) });
  };
  add(person.names.en, 'en');
  add(person.names.zh, 'zh');
  for (const alias of person.aliases) add(alias, 'alias');
  return { slug: person.slug, homepage: person.links.homepage ?? null, github: person.links.github ?? null, names };
}

export interface RegistryFileSync {
  /** What moved, for the read model to follow (lib/speakers/speaker-change.ts); null when nothing did. */
  change: SpeakerChange | null;
  /** Problems of a refused file: the last good registry stays in force. */
  problems: RegistryProblem[];
}

/**
 * Loads content/speakers.yml into the registry tables when its text changed
 * since the last good load (by hash). A file with any problem is refused as
 * a whole and logged with file:line:column: the people loaded from the last
 * good version stay, so a broken registry never changes a live page.
 */
export async function syncRegistryFile(db: Kysely<Database>, contentDir: string): Promise<RegistryFileSync> {
  const text = readRegistryFile(contentDir);
  const hash = contentHash('speakers.yml', text);
  const stored = await getRegistryFileHash(db);
  if (stored === hash) return { change: null, problems: [] };
  const parsed = parseRegistryFile(text);
  if (!parsed.people) {
    const file = path.relative(process.cwd(), registryFilePath(contentDir));
    for (const p of parsed.problems) console.error(`[content] ${file}:${p.line}:${p.column}: ${p.message} (the last good speaker registry stays in use)`);
    return { change: null, problems: parsed.problems };
  }
  const moved = await replaceFilePeople(db, parsed.people.map(personWrite), hash, new Date().toISOString());
  return { change: { ...moved, unresolved: stored === null }, problems: [] };
}
