import { createHash } from 'node:crypto';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { plainText } from '@/lib/mdx/talks';
import type { Recap } from '@/lib/recaps/types';
import { fold, indexForm } from './normalize';
import type { SearchDocRow } from './schema';

// No server-only: bench/search.ts builds documents under plain tsx.

/**
 * Bump when fold/indexForm or the document layout change: every stored hash
 * then names another version, and the scheduler's index repair rewrites the
 * whole index from the read model (lib/search/sync.ts repairIndex).
 */
export const INDEX_VERSION = 2;

/** Indexed body text per document; more only grows the index, not the hits. */
const MAX_BODY = 20_000;

/**
 * The search documents of one public recap: one for the recap itself (title,
 * description, place, tags, the text outside talks, and its talks' titles and
 * people so a query naming both a city and a speaker still finds it) and one
 * per talk (title, speakers, roles and affiliations, summary). Every row
 * carries the same hash of the recap's documents, so an unchanged recap is
 * recognised without rewriting it. Called by the indexer and the bench.
 */
export function recapDocuments(recap: Recap): SearchDocRow[] {
  return documentsOf(recap, introText(recap));
}

/** recapDocuments whose talks also carry every other name of their speakers' people (lib/speakers/resolve.ts otherNamesResolver). */
export function recapDocumentsWithNames(recap: Recap, otherNames: (name: string) => string[]): SearchDocRow[] {
  return documentsOf(recap, introText(recap), otherNames);
}

/**
 * recapDocuments without the MDX tree: the recap's fields and talks, and the
 * plain text outside its talks. The bench caches these, so that changing how
 * documents are built does not mean compiling 10,000 recaps again.
 * `otherNames` gives every name of a speaker's person (the speaker registry,
 * lib/speakers): a query with any of them finds the talk.
 */
export function documentsOf(recap: Omit<Recap, 'tree' | 'hast'>, introPlainText: string, otherNames: (name: string) => string[] = () => []): SearchDocRow[] {
  const base = { recap_slug: recap.slug, source: recap.source, locale: recap.locale, date: recap.date, recap_title: recap.title };
  const intro = introPlainText.slice(0, MAX_BODY);
  const allNames = (s: { name: string }) => [s.name, ...otherNames(s.name).filter((n) => n !== s.name)];
  const talkPeople = recap.talks.flatMap((t) => [t.title, ...t.speakers.flatMap((s) => [...allNames(s), s.role ?? '', s.affiliation ?? ''])]);
  const rows: Omit<SearchDocRow, 'hash' | 'id'>[] = [
    {
      ...base,
      doc_key: `${recap.slug}#`,
      talk_id: null,
      kind: 'recap',
      ord: 0,
      title: recap.title,
      speakers: '',
      snippet_text: [recap.description, intro].filter(Boolean).join(' ').slice(0, MAX_BODY),
      title_n: indexForm(recap.title),
      people_n: '',
      affil_n: '',
      meta_n: indexForm([recap.description, recap.city, recap.venue ?? '', recap.community, recap.tags.join(' ')].join('\n')),
      talks_n: indexForm(talkPeople.join('\n')),
      tp_n: '',
      hx_n: '',
      body_n: '',
      exact_keys: exactKeys([recap.title]),
    },
    ...recap.talks.map((talk, i) => {
      const names = talk.speakers.map((s) => s.name);
      const searchNames = talk.speakers.flatMap(allNames);
      return {
        ...base,
        doc_key: `${recap.slug}#${talk.id}`,
        talk_id: talk.id,
        kind: 'talk' as const,
        ord: i + 1,
        title: talk.title,
        speakers: names.join(', '),
        snippet_text: talk.summary.slice(0, MAX_BODY),
        title_n: indexForm(talk.title),
        people_n: indexForm(searchNames.join('\n')),
        affil_n: indexForm(talk.speakers.map((s) => `${s.role ?? ''}\n${s.affiliation ?? ''}`).join('\n')),
        meta_n: '',
        talks_n: '',
        tp_n: '',
        hx_n: '',
        body_n: '',
        exact_keys: exactKeys([talk.title, ...searchNames]),
      };
    }),
  ];
  for (const row of rows) {
    // The indexed head, in two parts: title and people (the top score) and the rest (see searchDocs).
    row.tp_n = `${row.title_n}${row.people_n}`;
    row.hx_n = `${row.affil_n}${row.meta_n}${row.talks_n}`;
    row.body_n = indexForm(row.kind === 'recap' ? intro : row.snippet_text);
  }
  // The hash leaves the ids out: they may be re-salted on a collision (withIds).
  // Prefixed with the version, so the start-up repair finds documents of an older one by SQL (lib/search/index-sql.ts indexDrift).
  const hash = `${INDEX_VERSION}-${createHash('sha256')
    .update(JSON.stringify([INDEX_VERSION, rows]))
    .digest('hex')
    .slice(0, 32)}`;
  return withIds(rows.map((row) => ({ ...row, hash })));
}

const DAY_MS = 86_400_000;

/**
 * Gives a recap's rows their ids. An id is the document's place in the
 * body-only ranking: talks before recaps, newer events first, then a hash of
 * the slug (with `salt`, bumped by writeRecaps in the unlikely case two
 * recaps of the same day collide), then page order. Searching in id order
 * therefore yields body-only hits best first, and can stop early. Fits in 53
 * bits: kind 1, day 16 (until 2149), slug hash 28, order 8.
 */
export function withIds(rows: Omit<SearchDocRow, 'id'>[], salt = 0): SearchDocRow[] {
  return rows.map((row) => {
    const day = Math.min(65_535, Math.max(0, Math.floor(Date.parse(`${row.date.slice(0, 10)}T00:00:00Z`) / DAY_MS) || 0));
    const slugHash = fnv1a(`${salt}:${row.recap_slug}`) >>> 4;
    return { ...row, id: (row.kind === 'recap' ? 2 ** 52 : 0) + (65_535 - day) * 2 ** 36 + slugHash * 2 ** 8 + Math.min(row.ord, 255) };
  });
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** `\ntitle\nname\n`: an exact match of the whole query is an `instr` of `\nquery\n`. */
function exactKeys(values: string[]): string {
  const keys = values.map(fold).filter(Boolean);
  return keys.length ? `\n${keys.join('\n')}\n` : '';
}

/** Text of the recap outside its talks (introduction, closing notes). */
export function introText(recap: Pick<Recap, 'tree'>): string {
  const outside = recap.tree.children.filter((node) => !(node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'Talk'));
  return plainText({ children: outside });
}
