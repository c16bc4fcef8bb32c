import { slug as slugify } from 'github-slugger';

export interface Speaker {
  name: string;
  slug: string;
  role?: string;
  affiliation?: string;
}

/**
 * Parses a Talk's `speakers` attribute: `Name (Role, Affiliation); Name2 (Role)`.
 * Speakers are separated by `;`; inside the parentheses the last comma
 * separates the role from the affiliation, so a role may contain commas.
 * Full-width punctuation (；（），) is accepted for Chinese recaps.
 */
export function parseSpeakers(value: string): Speaker[] {
  const text = value.replace(/；/g, ';').replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',');
  const speakers: Speaker[] = [];
  for (const part of splitOutsideParens(text)) {
    const match = /^([^()]+?)\s*(?:\(([^()]*)\))?$/.exec(part.trim());
    const name = (match ? match[1] : part).trim();
    if (!name) continue;
    const details = match?.[2]?.trim();
    let role: string | undefined;
    let affiliation: string | undefined;
    if (details) {
      const comma = details.lastIndexOf(',');
      if (comma === -1) role = details;
      else {
        role = details.slice(0, comma).trim() || undefined;
        affiliation = details.slice(comma + 1).trim() || undefined;
      }
    }
    speakers.push({ name, slug: speakerSlug(name), role, affiliation });
  }
  return speakers;
}

/** The URL slug of a speaker: the same name always gives the same page. */
export function speakerSlug(name: string): string {
  return slugify(name.normalize('NFKC').trim()) || 'speaker';
}

/** Inverse of `parseSpeakers`, used by the admin talks panel. */
export function formatSpeakers(speakers: Array<Omit<Speaker, 'slug'>>): string {
  return speakers
    .filter((s) => s.name.trim())
    .map((s) => {
      const details = [s.role, s.affiliation]
        .map((x) => x?.trim())
        .filter(Boolean)
        .join(', ');
      return details ? `${s.name.trim()} (${details})` : s.name.trim();
    })
    .join('; ');
}

function splitOutsideParens(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** What a speaker page needs of each talk to describe the speaker. */
interface SpokenTalk {
  recap: { locale: string };
  talk: { speakers: Speaker[] };
}

export interface SpeakerSubtitle {
  /** "Lead of the container team · DaoCloud", or '' when no talk gives a role or affiliation. */
  text: string;
  /** The language `text` is written in: the page's, unless only talks in another language describe the speaker. */
  locale: string;
}

/**
 * The role and affiliation under a speaker's name, in the page's language
 * when any talk in that language gives them: a speaker introduced in English
 * at one meetup and in Chinese at a newer one is described in English on an
 * English page. `talks` are newest first (the most recent description wins);
 * the fallback is marked with its own language so it is read correctly.
 */
export function speakerSubtitle(slug: string, talks: SpokenTalk[], pageLocale: string): SpeakerSubtitle {
  const described = talks
    .map(({ recap, talk }) => ({ locale: recap.locale, speaker: talk.speakers.find((s) => s.slug === slug) }))
    .filter((t): t is { locale: string; speaker: Speaker } => Boolean(t.speaker && (t.speaker.role || t.speaker.affiliation)));
  const chosen = described.find((t) => t.locale === pageLocale) ?? described[0];
  if (!chosen) return { text: '', locale: pageLocale };
  return { text: [chosen.speaker.role, chosen.speaker.affiliation].filter(Boolean).join(' · '), locale: chosen.locale };
}
