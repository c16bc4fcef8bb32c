import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { nameKey } from './name-key';
import type { Person, PersonLinks } from './types';

// No server-only: content:check runs this under plain tsx.

/** A problem in content/speakers.yml, at a 1-based line and column. */
export interface RegistryProblem {
  line: number;
  column: number;
  message: string;
}

export type RegistryParse = { people: Person[]; problems: [] } | { people: null; problems: RegistryProblem[] };

const PERSON_FIELDS = ['name', 'aliases', 'links'];
const LINK_FIELDS: (keyof PersonLinks)[] = ['homepage', 'github'];
const SLUG = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;

/**
 * Reads the git-managed speaker registry: a map from each person's speaker
 * page slug to `name: { en, zh }` (one at least), `aliases: [...]` and
 * `links: { homepage, github }`. All or nothing: any problem (YAML syntax,
 * an unknown field, a name two people share once normalised) refuses the
 * whole file, with the line and column of each problem. Pure.
 */
export function parseRegistryFile(text: string): RegistryParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: RegistryProblem[] = [];
  const at = (node: Node | null | undefined, message: string) => {
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    problems.push({ line: pos.line, column: pos.col, message });
  };
  for (const error of doc.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    problems.push({ line: pos.line, column: pos.col, message: error.message.split('\n')[0] });
  }
  if (problems.length) return { people: null, problems };
  const people: Person[] = [];
  const owners = new Map<string, { slug: string; node: Node }>();
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { people: [], problems: [] };
  if (!isMap(root)) {
    at(root, 'the registry is a map from each person’s slug to their names');
    return { people: null, problems };
  }
  for (const pair of root.items as Pair<Node, Node>[]) {
    const slug = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!SLUG.test(slug)) at(pair.key, `"${slug}" is not a speaker slug (lower-case words joined by "-")`);
    if (!isMap(pair.value)) {
      at(pair.value ?? pair.key, `${slug}: expected name, aliases and links`);
      continue;
    }
    const person: Person = { slug, names: {}, aliases: [], links: {}, source: 'file' };
    for (const field of pair.value.items as Pair<Node, Node>[]) {
      const key = isScalar(field.key) ? String(field.key.value) : '';
      if (!PERSON_FIELDS.includes(key)) at(field.key, `${slug}: unknown field "${key}" (expected ${PERSON_FIELDS.join(', ')})`);
      else if (key === 'name') readMap(field.value, LOCALES, `${slug}.name`, at, (locale, v) => (person.names[locale as Locale] = v));
      else if (key === 'links') readMap(field.value, LINK_FIELDS, `${slug}.links`, at, (link, v) => (person.links[link as keyof PersonLinks] = v));
      else if (!isSeq(field.value)) at(field.value ?? field.key, `${slug}.aliases: expected a list of names`);
      else
        for (const item of field.value.items as Node[]) {
          if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) person.aliases.push(item.value.trim());
          else at(item, `${slug}.aliases: every alias is a non-empty name`);
        }
    }
    if (!person.names.en && !person.names.zh) at(pair.key, `${slug}: a person needs name.en or name.zh`);
    if (person.links.homepage && !/^https?:\/\/\S+$/.test(person.links.homepage)) at(pair.value, `${slug}.links.homepage: expected an http(s) URL`);
    if (person.links.github && !/^[A-Za-z0-9-]{1,39}$/.test(person.links.github)) at(pair.value, `${slug}.links.github: expected a GitHub user name`);
    // One name, one person: a name (or spelling of it) two people share would make talks ambiguous.
    for (const node of namedNodes(pair.value)) {
      const key = nameKey(String((node as { value: unknown }).value));
      const owner = owners.get(key);
      if (owner && owner.slug !== slug)
        at(
          node,
          `"${String((node as { value: unknown }).value)}" is already a name of ${owner.slug} (line ${lineCounter.linePos(owner.node.range?.[0] ?? 0).line})`,
        );
      else if (!owner) owners.set(key, { slug, node });
    }
    people.push(person);
  }
  return problems.length ? { people: null, problems } : { people, problems: [] };
}

function readMap(node: Node | null, allowed: readonly string[], where: string, at: (n: Node | null, m: string) => void, set: (k: string, v: string) => void) {
  if (!isMap(node)) return at(node, `${where}: expected ${allowed.join(' and/or ')}`);
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!allowed.includes(key)) at(pair.key, `${where}: unknown field "${key}" (expected ${allowed.join(', ')})`);
    else if (!isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.value.trim())
      at(pair.value ?? pair.key, `${where}.${key}: expected text`);
    else set(key, pair.value.value.trim());
  }
}

/** The scalar nodes holding a person's names (display names and aliases), for the one-name-one-person check. */
function namedNodes(person: Node): Node[] {
  if (!isMap(person)) return [];
  const out: Node[] = [];
  for (const field of person.items as Pair<Node, Node>[]) {
    const key = isScalar(field.key) ? field.key.value : '';
    const value = field.value;
    if (key === 'name' && isMap(value))
      for (const p of value.items as Pair<Node, Node>[]) if (isScalar(p.value) && typeof p.value.value === 'string') out.push(p.value);
    if (key === 'aliases' && isSeq(value)) for (const item of value.items as Node[]) if (isScalar(item) && typeof item.value === 'string') out.push(item);
  }
  return out;
}
