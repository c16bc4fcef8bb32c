/**
 * Deterministic editor input for the organizer benches: the form fields and an
 * MDX body with N talks, built from the same vocabulary as bench/lib/generate.ts.
 *   draftBody(8)         ≈ 20 KB, 8 talks: what an organizer autosaves
 *   draftBody(20, {...}) 20 talks × 2 speakers × 150-word summary: the preview case
 */
import { int, pick, rngFor, sample } from '../lib/random';
import { EN_SENTENCES, EN_TITLE_PARTS, speakerPool, type SpeakerDef } from '../lib/vocabulary';

/** Same shape as lib/recaps/editor-fields.ts RecapFields (kept structural so this file imports nothing from lib/). */
export interface BenchFields {
  title: string;
  slug: string;
  date: string;
  city: string;
  venue: string;
  community: string;
  description: string;
  tags: string;
  cover: string;
  locale: string;
  author: string;
  // The event fields (issue 12), empty: a recap, not an announcement.
  start: string;
  end: string;
  endDate: string;
  timeZone: string;
  address: string;
  attendance: string;
  onlineUrl: string;
  registration: string;
  eventStatus: string;
  previousDate: string;
  previousStart: string;
  series: string;
  seriesName: string;
  seriesStop: string;
  announcement: string;
}

const NO_EVENT = {
  start: '',
  end: '',
  endDate: '',
  timeZone: '',
  address: '',
  attendance: '',
  onlineUrl: '',
  registration: '',
  eventStatus: '',
  previousDate: '',
  previousStart: '',
  series: '',
  seriesName: '',
  seriesStop: '',
  announcement: '',
};

export function benchFields(slug: string, title = `Shenzhen Platform Engineering Night ${slug.slice(-6)}`): BenchFields {
  return {
    title,
    slug,
    date: '2025-06-14',
    city: 'Shenzhen',
    venue: 'Nanshan Software Park, Hall B',
    community: 'Shenzhen Platform Engineering Group',
    description: 'Eight talks on running internal platforms: multi-cluster fleets, cost, on-call and the migrations nobody wants to do twice.',
    tags: 'platform-engineering, kubernetes, operations',
    cover: '',
    locale: 'en',
    author: 'Bench Organizer',
    ...NO_EVENT,
  };
}

const SPEAKERS = speakerPool().filter((s) => /^[\x20-\x7e]+$/.test(s.name));
const attr = (s: SpeakerDef) => (s.affiliation ? `${s.name} (${s.role}, ${s.affiliation})` : `${s.name} (${s.role})`);

/** `words` words of prose from the sentence pool, as paragraphs of ~60 words. */
function prose(rng: () => number, words: number): string {
  const out: string[] = [];
  let para: string[] = [];
  let count = 0;
  let inPara = 0;
  while (count < words) {
    const s = pick(rng, EN_SENTENCES);
    para.push(s);
    const n = s.split(/\s+/).length;
    count += n;
    inPara += n;
    if (inPara >= 60) {
      out.push(para.join(' '));
      para = [];
      inPara = 0;
    }
  }
  if (para.length) out.push(para.join(' '));
  return out.join('\n\n');
}

export interface BodyOptions {
  speakersPerTalk?: number;
  /** Words of prose inside each <Talk>. */
  wordsPerTalk?: number;
  seed?: number;
}

/**
 * A recap body with `talks` <Talk> blocks. Defaults give ≈ 20 KB for 8 talks
 * (≈ 340 words each, with a list, inline code, a link and a bold phrase).
 */
export function draftBody(talks: number, { speakersPerTalk = 1, wordsPerTalk = 340, seed = 7 }: BodyOptions = {}): string {
  const rng = rngFor(seed, talks);
  const blocks: string[] = [
    "The evening drew about 120 people to Nanshan for a long programme on running internal platforms. This recap was written by the organizers from the speakers' slides and our own notes.",
    '',
    prose(rng, 80),
    '',
  ];
  for (let t = 0; t < talks; t++) {
    const title = `${pick(rng, EN_TITLE_PARTS.lead)} ${pick(rng, EN_TITLE_PARTS.object)} ${pick(rng, EN_TITLE_PARTS.tail)}`.trim();
    const speakers = sample(rng, SPEAKERS, speakersPerTalk).map(attr).join('; ');
    blocks.push(
      `<Talk title=${JSON.stringify(title)} speakers=${JSON.stringify(speakers)} slides="https://example.com/slides/${t + 1}.pdf">`,
      '',
      prose(rng, wordsPerTalk),
      '',
      '- Measure first, then migrate',
      `- Roll out in batches with a **tested** rollback (see [the runbook](https://example.com/runbooks/${int(rng, 1, 99)}))`,
      '- Watch `p99` and the error rate',
      '',
      '</Talk>',
      '',
    );
  }
  return blocks.join('\n');
}

/** The body as an organizer's autosave would send it after typing a little more: same text plus edit `n`. */
export function editedBody(base: string, n: number): string {
  return `${base}\nEdit ${n}: a follow-up note typed by the organizer.\n`;
}
