import { nameKey } from '@/lib/speakers/name-key';
import { samePerson, type TranslationPair } from './pairing';
import type { ConvertedPost } from './post';
import { say } from './report';
import { closeNames, resolveName, type ImportRegistry } from './speaker-registry';

// After every post of a run is converted and paired: each talk's speakers are
// looked up in the speaker registry. A name the portal will resolve to a
// person (the same name or alias, or the same once normalised) is recorded in
// the report with the person's slug; the emitted <Talk speakers> keeps the
// post's spelling, since the portal resolves it as written (a talk's speakers
// are looked up by name key when it goes live), and rewriting it would change
// the author's words and mix scripts across translations. A name that only
// sounds like a registry name (张善友 / Zhang Shanyou) is proposed, never linked.
// People named in several events of the import are listed once.

/** A person named in more than one event of this import. */
export interface RecurringSpeaker {
  /** The registry person, when the names resolve to one. */
  slug?: string;
  /** Every spelling the posts use. */
  names: string[];
  /** Where: file and line of each talk. */
  talks: { file: string; line: number }[];
}

const PAIR_CODES = new Set(['pairSamePerson', 'pairMaybePerson']);

/**
 * Records registry matches and proposals in each post's report, drops the
 * translation pair's "add both names" items the registry already settles, and
 * flags a recurring unregistered person written in several ways once (on the
 * first post naming them). Returns the people named in more than one event.
 */
export function matchRegistry(posts: ConvertedPost[], registry: ImportRegistry, pairs: readonly TranslationPair[]): RecurringSpeaker[] {
  for (const post of posts) {
    post.talks.forEach((talk, i) => {
      const people = talk.speakers.flatMap((speaker, k) => {
        const found = resolveName(registry, speaker.name);
        if (!found) {
          for (const close of closeNames(registry, speaker.name))
            post.report.flag('speaker-match', say('registryProposal', { name: speaker.name, match: close.name, slug: close.slug }), talk.line);
          return [];
        }
        const exact = found.confidence === 'certain';
        post.report.fill(
          `talks[${i}].speakers[${k}]`,
          { name: speaker.name, person: found.slug },
          talk.line,
          found.confidence,
          say(exact ? 'registryExact' : 'registryNormalised', { name: speaker.name, match: found.match, slug: found.slug }),
        );
        return [{ name: speaker.name, ...found }];
      });
      const entry = post.report.talks[i];
      if (entry && people.length) entry.people = people;
    });
  }
  for (const post of posts) {
    const settled = (a: string, b: string) => {
      const [ra, rb] = [resolveName(registry, a), resolveName(registry, b)];
      // One person already, or one name known and the other proposed for them: nothing left to say here.
      if (ra && rb) return ra.slug === rb.slug;
      const known = ra ?? rb;
      return known !== null && closeNames(registry, ra ? b : a).some((c) => c.slug === known.slug);
    };
    const keep = post.report.review.filter(
      (item) => !(item.kind === 'speaker-match' && PAIR_CODES.has(item.code) && settled(String(item.params.a), String(item.params.b))),
    );
    post.report.review.splice(0, post.report.review.length, ...keep);
  }
  return recurring(posts, registry, pairs);
}

/** People named in more than one event (a translation pair is one event), each flagged once where the posts spell them differently. */
function recurring(posts: ConvertedPost[], registry: ImportRegistry, pairs: readonly TranslationPair[]): RecurringSpeaker[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  const identity = (name: string) => {
    const found = resolveName(registry, name);
    return found ? `person:${found.slug}` : `name:${nameKey(name)}`;
  };
  // A pair's talks in the same place whose speakers read as one person (pairing.ts) are one person here too.
  for (const pair of pairs) {
    const [a, b] = [posts[pair.first], posts[pair.second]];
    if (!a || !b || a.talks.length !== b.talks.length) continue;
    a.talks.forEach((talk, i) =>
      talk.speakers.forEach((speaker, k) => {
        const other = b.talks[i].speakers[k];
        if (other && samePerson(speaker.name, other.name)) union(identity(speaker.name), identity(other.name));
      }),
    );
  }
  const groups = new Map<
    string,
    { slug?: string; names: Set<string>; keys: Set<string>; events: Set<string>; talks: { post: ConvertedPost; line: number }[] }
  >();
  for (const post of posts) {
    const event = (post.frontMatter.translationKey as string | undefined) ?? post.slug;
    for (const talk of post.talks)
      for (const speaker of talk.speakers) {
        const id = identity(speaker.name);
        const root = find(id);
        const group = groups.get(root) ?? { names: new Set(), keys: new Set(), events: new Set(), talks: [] };
        if (id.startsWith('person:')) group.slug = id.slice('person:'.length);
        group.names.add(speaker.name);
        group.keys.add(nameKey(speaker.name));
        group.events.add(event);
        group.talks.push({ post, line: talk.line });
        groups.set(root, group);
      }
  }
  const out: RecurringSpeaker[] = [];
  for (const group of groups.values()) {
    if (group.events.size < 2) continue;
    const names = [...group.names];
    out.push({ ...(group.slug ? { slug: group.slug } : {}), names, talks: group.talks.map((t) => ({ file: t.post.report.file, line: t.line })) });
    // A registered person's talks already share a page, and one spelling already shares one: only several spellings need a person.
    if (group.slug || group.keys.size < 2) continue;
    const files = [...new Set(group.talks.map((t) => t.post.report.file))];
    const first = group.talks[0];
    first.post.report.flag(
      'recurring-speaker',
      say('recurringSpeaker', { name: names[0], count: files.length, posts: files.join(', '), names: names.join(' / ') }),
      first.line,
    );
  }
  return out;
}
