import { fold, termPattern } from './normalize';

// No server-only: the query check is pure and bench/search.ts runs it under tsx.

export const MAX_QUERY_LENGTH = 200;
/** More terms than this only slow the query down without narrowing it usefully. */
export const MAX_TERMS = 8;

export interface SearchQuery {
  /** Folded terms, in query order, without duplicates (for highlighting). */
  terms: string[];
  /** What each term must match in the indexed text (see termPattern). */
  patterns: string[];
  /** The whole folded query: an exact title or speaker name ranks first. */
  phrase: string;
}

/** Why a query can't be searched: pages say it in their language (`search.problem.*` in the catalogs); `message` is the English. */
export type QueryProblem = 'tooLong' | 'tooShort' | 'empty';

export type QueryCheck = ({ ok: true } & SearchQuery) | { ok: false; problem: QueryProblem; message: string };

/**
 * Checks and folds a raw query. Over-long queries and queries with nothing
 * searchable in them (empty, only punctuation or operators, one letter) get a
 * message for the reader; everything else becomes plain folded terms, so
 * quotes, `*`, `OR`, SQL and lone surrogates are just text. Never throws.
 * Anyone may call it (pages, the API route, tests).
 */
export function checkQuery(raw: unknown): QueryCheck {
  const input = typeof raw === 'string' ? raw : '';
  // Count code points the way the reader does; a 200-emoji query is 400 UTF-16 units.
  if ([...input].length > MAX_QUERY_LENGTH) return { ok: false, problem: 'tooLong', message: `Search for at most ${MAX_QUERY_LENGTH} characters.` };
  // Boolean operators typed in capitals are not supported; read as words they
  // would match half the index (`or` starts "organisation").
  const words = fold(input.replace(/\b(?:AND|OR|NOT|NEAR)\b/g, ' '))
    .split(' ')
    .filter(Boolean);
  // One letter matches nearly everything; drop it rather than scan the whole index.
  const terms = [...new Set(words.filter((w) => [...w].length >= 2))].slice(0, MAX_TERMS);
  if (terms.length === 0) {
    return {
      ok: false,
      problem: words.length ? 'tooShort' : 'empty',
      message: words.length ? 'Type at least two letters or characters to search.' : 'Type a word to search for: a talk, a speaker, a company or a topic.',
    };
  }
  return { ok: true, terms, patterns: terms.map(termPattern), phrase: words.join(' ') };
}
