import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { parseRegistryFile } from '@/lib/speakers/registry-file';
import { readRegistryFile, registryFilePath } from '@/lib/speakers/registry-sync';
import { selectRegistryNames } from '@/lib/sql/speakers';
import { importRegistry, namesOfPeople, type ImportRegistry, type RegistryName } from './speaker-registry';

// No server-only: `npm run import` runs this under plain tsx.

/**
 * The speaker registry for an import, read once: content/speakers.yml from
 * `contentDir` when given (the command line: the file as it is now, even
 * before the server loaded it), and the people kept in the database (the
 * admin: the file's people as the server last loaded them, and the people
 * made in the admin). File names win over a database name of the same key,
 * as in the registry tables. A file with problems is left out, and said why.
 */
export async function loadImportRegistry(source: { db?: Kysely<Database>; contentDir?: string }): Promise<{ registry: ImportRegistry; problems: string[] }> {
  const names: RegistryName[] = [];
  const problems: string[] = [];
  if (source.contentDir) {
    const parsed = parseRegistryFile(readRegistryFile(source.contentDir));
    if (parsed.people) names.push(...namesOfPeople(parsed.people));
    else for (const p of parsed.problems) problems.push(`${registryFilePath(source.contentDir)}:${p.line}:${p.column}: ${p.message}`);
  }
  if (source.db) {
    if (!source.contentDir || problems.length) names.push(...(await selectRegistryNames(source.db, 'file')));
    names.push(...(await selectRegistryNames(source.db, 'db')));
  }
  return { registry: importRegistry(names), problems };
}
