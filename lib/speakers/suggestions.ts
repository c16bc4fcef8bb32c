import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { speakerSlug } from '@/lib/recaps/speakers';
import { selectTalkNamesByRomanKey } from '@/lib/sql/read-model-speakers';
import { selectNamesByRomanKey, selectPersonSlugsByNameKey } from '@/lib/sql/speakers';
import { nameKey } from './name-key';
import { romanKey } from './roman-key';

/** "Link ‘Zhang Shanyou’ to 张善友?": a name a talk writes, and the known speaker it may be. */
export interface SpeakerSuggestion {
  /** The name as the talk writes it. */
  name: string;
  /** The speaker page it would join. */
  slug: string;
  /** The known name it matches (the person's name in the other script, or the other spelling). */
  match: string;
}

/** Names looked at per review, and suggestions made: the editor's review stays cheap. */
const MAX_NAMES = 30;
const MAX_SUGGESTIONS = 5;
const MAX_CANDIDATES = 200;

/**
 * Suggests linking names that talks write to a known speaker they closely
 * match: the same words in another order, another spelling of the same
 * letters, or the romanization of a Chinese name (张善友 = Zhang Shanyou =
 * Shanyou Zhang, case- and tone-insensitive; lib/speakers/roman-key.ts).
 * Reads only, and bounded: nothing is linked until the organizer clicks
 * (lib/speakers/mutations.ts linkAlias). A name that already belongs to a
 * person is not suggested elsewhere.
 */
export async function suggestSpeakerAliases(db: Kysely<Database>, names: string[]): Promise<SpeakerSuggestion[]> {
  const written = [...new Set(names.map((n) => n.trim()).filter(Boolean))].slice(0, MAX_NAMES);
  const people = await selectPersonSlugsByNameKey(db, [...new Set(written.map(nameKey))]);
  const open = written.filter((n) => !people.has(nameKey(n)));
  const keyed = open.map((name) => ({ name, roman: romanKey(name) })).filter((n): n is { name: string; roman: string } => n.roman !== null);
  const romans = [...new Set(keyed.map((n) => n.roman))];
  if (romans.length === 0) return [];
  const candidates = [...(await selectNamesByRomanKey(db, romans, MAX_CANDIDATES)), ...(await selectTalkNamesByRomanKey(db, romans, MAX_CANDIDATES))];
  const out: SpeakerSuggestion[] = [];
  const seen = new Set<string>();
  for (const { name, roman } of keyed) {
    const own = speakerSlug(name);
    for (const c of candidates) {
      if (c.romanKey !== roman || c.slug === own || seen.has(`${name}\u0000${c.slug}`)) continue;
      seen.add(`${name}\u0000${c.slug}`);
      out.push({ name, slug: c.slug, match: c.name });
      if (out.length >= MAX_SUGGESTIONS) return out;
    }
  }
  return out;
}
