/**
 * One synthetic recap of the scale run, as an organizer would have published
 * it in the admin: the stored fields and MDX body (what the `recaps` row
 * holds) and, computed without the MDX compiler, what the app derives from
 * them (the public summary with its talks, the text outside the talks). The
 * bodies follow a handful of templates made of the portal's components
 * (<Talk>, <Figure>, <Gallery>, <Callout>, lists, quotes, links, code);
 * bench/scale/verify.ts checks the derived values against the real pipeline.
 * The body is a document model (bench/scale/mdx-build.ts) so that its
 * compiled form can be built without the compiler too.
 *
 * Generation is sequential and deterministic for a seed: speakers recur by a
 * Simon process (each new speaker slot names a new person with probability
 * NEW_SPEAKER_SHARE, otherwise repeats a past slot), which gives a Zipf-like
 * spread, a few speakers with hundreds of talks and most with one, and about
 * 0.6 distinct speakers per recap (60,000 at 100,000 recaps).
 */
import { parseSpeakers } from '../../lib/recaps/speakers';
import { fieldsFromStored, validateFields } from '../../lib/recaps/editor-fields';
import type { TalkInfo } from '../../lib/mdx/talks';
import { eventFactsOf } from '../../lib/events/event-facts';
import { talkAnchorIds } from '../../lib/mdx/talks';
import type { RecapSummary } from '../../lib/recaps/types';
import { inline, plainOf, toMdx, type DocNode } from './mdx-build';
import { int, mulberry32, pick, pickSkewed, sample, type Rng } from '../lib/random';
import {
  CITIES,
  EN_SENTENCES,
  EN_TITLE,
  FORMATS_EN,
  FORMATS_ZH,
  TAGS,
  VENUE_KINDS_EN,
  VENUE_KINDS_ZH,
  ZH_SENTENCES,
  ZH_TITLE,
  speakerAt,
  topicTitle,
  type SpeakerDef,
} from './vocabulary';

/** Share of speaker slots that introduce a new person: ~4.6 slots per recap × 0.13 ≈ 0.6 new speakers per recap. */
const NEW_SPEAKER_SHARE = 0.13;
/** Events span ten years up to a little before "now", denser towards recent years. */
const FIRST_DAY = Date.parse('2017-01-01T00:00:00Z');
const LAST_DAY = Date.parse('2026-11-15T00:00:00Z');
const DAY = 86_400_000;
export const TEMPLATE_COUNT = 6;
const COVERS = [
  'beijing-kubernetes-day-2022',
  'shanghai-wasm-night-2025',
  'hangzhou-database-meetup-2024',
  'chengdu-yun-yuan-sheng-2026',
  'shenzhen-cloud-native-meetup-2023',
];

export interface ScaleRecap {
  index: number;
  slug: string;
  /** The editor's fields as lib/recaps/editor-fields.ts stores them (JSON of `front_matter`). */
  stored: Record<string, unknown>;
  body: string;
  /** The body as a document model (bench/scale/mdx-build.ts compiles it without the pipeline). */
  nodes: DocNode[];
  /** ISO timestamp of publication (`published_at`, `live_updated_at`). */
  publishedAt: string;
  /** What the app derives from the row (lib/recaps/db-recaps.ts), without tree and hast. */
  summary: RecapSummary;
  /** Plain text of the body outside its talks (lib/search/documents.ts introText). */
  intro: string;
  template: number;
}

const para = (md: string): DocNode => ({ k: 'p', inl: inline(md) });
const heading = (text: string): DocNode => ({ k: 'h2', text });
const list = (items: string[]): DocNode => ({ k: 'ul', items: items.map(inline) });
const quote = (md: string): DocNode => ({ k: 'quote', inl: inline(md) });
const element = (name: string, attrs: Array<[string, string]>, children: DocNode[] | null = null): DocNode => ({ k: 'jsx', name, attrs, children });
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export class ScaleGenerator {
  private readonly rng: Rng;
  /** Every speaker slot so far (speaker numbers): repeating a random slot favours frequent speakers. */
  private slots = new Int32Array(1 << 16);
  private slotCount = 0;
  private nextSpeaker = 0;
  private index = 0;

  constructor(seed = 1) {
    this.rng = mulberry32(seed * 7919 + 17);
  }

  /** Distinct speakers so far. */
  get speakers(): number {
    return this.nextSpeaker;
  }

  next(): ScaleRecap {
    const rng = this.rng;
    const index = this.index++;
    const zh = rng() < 0.4;
    const city = pickSkewed(rng, CITIES, 1.6);
    const topic = pickSkewed(rng, TAGS.slice(0, 60), 1.5);
    const day = FIRST_DAY + Math.floor(Math.sqrt(rng()) * ((LAST_DAY - FIRST_DAY) / DAY)) * DAY;
    const date = new Date(day).toISOString().slice(0, 10);
    const publishedAt = new Date(day + int(rng, 1, 14) * DAY + int(rng, 8, 22) * 3_600_000 + int(rng, 0, 3599) * 1000).toISOString();
    const year = date.slice(0, 4);
    const format = zh ? pick(rng, FORMATS_ZH) : pick(rng, FORMATS_EN);
    const edition = int(rng, 1, 40);
    const topicName = topicTitle(topic, zh);
    const title = zh ? `${city.zh}${topicName}${format} ${year}（第 ${edition} 期）` : `${city.name} ${topicName} ${format} ${year} #${edition}`;
    const slug = `${city.slug}-${topic.replace(/[^a-z0-9]+/g, '-')}-${year}-${index.toString(36)}`;
    const tags = [...new Set([topic, ...Array.from({ length: int(rng, 0, 4) }, () => pickSkewed(rng, TAGS, 2.2))])];
    const community = zh ? `${city.zh}${topicName}社区` : `${city.name} ${topicName} Community`;
    const venue = zh ? `${city.zh}${pick(rng, VENUE_KINDS_ZH)}` : `${city.name} ${pick(rng, VENUE_KINDS_EN)}`;

    const nTalks = int(rng, 2, 6);
    const talks = Array.from({ length: nTalks }, (_, t) => this.talk(zh, t, slug));
    const names = talks.flatMap((t) => t.speakers.map((s) => s.name));
    const description = clip(
      zh
        ? `${city.zh}${topicName}${format}回顾：${nTalks} 场分享，嘉宾包括 ${names.slice(0, 3).join('、')} 等。`
        : `Recap of the ${city.name} ${topicName} ${format.toLowerCase()}: ${nTalks} talks by ${names.slice(0, 3).join(', ')} and others.`,
    );
    const stored: Record<string, unknown> = {
      title,
      date,
      city: city.name,
      venue,
      community,
      description,
      tags,
      cover: rng() < 0.5 ? `/covers/${pick(rng, COVERS)}.svg` : '',
      locale: zh ? 'zh' : 'en',
      author: rng() < 0.5 ? names[0] : `${community}`.slice(0, 120),
    };

    const template = index % TEMPLATE_COUNT;
    const { before, after } = this.frame(template, zh, zh ? city.zh : city.name, nTalks, slug);
    const nodes = [...before, ...talks.map((t) => t.block), ...after];
    const body = toMdx(nodes);
    const intro = plainOf([...before, ...after]);

    const fields = validateFields(fieldsFromStored(stored, slug), publishedAt.slice(0, 10));
    if (!fields.ok) throw new Error(`generated recap ${slug} has invalid fields: ${JSON.stringify(fields.errors)}`);
    const ids = talkAnchorIds(talks.map((t) => t.title));
    const infos: TalkInfo[] = talks.map((t, i) => ({
      id: ids[i],
      title: t.title,
      speakers: t.speakers,
      ...(t.slides ? { slides: t.slides } : {}),
      ...(t.video ? { video: t.video } : {}),
      summary: t.summary,
    }));
    const summary: RecapSummary = {
      ...fields.data,
      updated: publishedAt.slice(0, 10),
      slug,
      talks: infos,
      lastModified: publishedAt,
      source: 'db',
      event: eventFactsOf(fields.data, 'Asia/Shanghai'),
    };
    return { index, slug, stored, body, nodes, publishedAt, summary, intro, template };
  }

  /** Speaker numbers for one talk (one, sometimes two, never the same twice). */
  private speakersForTalk(): number[] {
    const count = this.rng() < 0.15 ? 2 : 1;
    const out: number[] = [];
    while (out.length < count) {
      const n = this.slotCount === 0 || this.rng() < NEW_SPEAKER_SHARE ? this.nextSpeaker++ : this.slots[Math.floor(this.rng() * this.slotCount)];
      if (out.includes(n)) continue;
      out.push(n);
      if (this.slotCount === this.slots.length) {
        const grown = new Int32Array(this.slots.length * 2);
        grown.set(this.slots);
        this.slots = grown;
      }
      this.slots[this.slotCount++] = n;
    }
    return out;
  }

  private talk(zh: boolean, t: number, slug: string) {
    const rng = this.rng;
    const parts = zh ? ZH_TITLE : EN_TITLE;
    const title = (
      zh
        ? `${pick(rng, parts.lead)}${pick(rng, parts.object)}${pick(rng, parts.tail)}`
        : `${pick(rng, parts.lead)} ${pick(rng, parts.object)} ${pick(rng, parts.tail)}`
    ).trim();
    const defs = this.speakersForTalk().map(speakerAt);
    const speakersAttr = defs.map(speakerText).join('; ');
    const speakers = parseSpeakers(speakersAttr);
    const attrs: Array<[string, string]> = [
      ['title', title],
      ['speakers', speakersAttr],
    ];
    const slides = rng() < 0.6 ? `https://example.com/slides/${slug}/${t + 1}.pdf` : undefined;
    const video = rng() < 0.3 ? `https://www.youtube.com/watch?v=${slug.slice(-6)}${pad(t)}` : undefined;
    if (slides) attrs.push(['slides', slides]);
    if (video) attrs.push(['video', video]);
    const inner: DocNode[] = [para(sentences(rng, zh, int(rng, 3, 5)))];
    if (rng() < 0.7) inner.push(para(sentences(rng, zh, int(rng, 2, 4))));
    if (rng() < 0.35)
      inner.push(
        list(
          zh
            ? ['先评估，再迁移', '灰度发布，随时可回滚', '指标先行：`p99` 与错误率']
            : ['Measure first, then migrate', 'Roll out in batches with a **tested** rollback', 'Watch `p99` and the error rate'],
        ),
      );
    if (rng() < 0.3) inner.push(para(sentences(rng, zh, 2)));
    const block = element('Talk', attrs, inner);
    return { title, speakers, slides, video, block, summary: plainOf([block]).slice(0, 2000) };
  }

  /** The blocks before and after the talks, by template. */
  private frame(template: number, zh: boolean, city: string, nTalks: number, slug: string): { before: DocNode[]; after: DocNode[] } {
    const rng = this.rng;
    const intro = para(
      zh ? `本次活动在${city}举行，共 ${nTalks} 场分享。${sentences(rng, true, 2)}` : `This event in ${city} had ${nTalks} talks. ${sentences(rng, false, 2)}`,
    );
    const cover = pick(rng, COVERS);
    const figure = (n: number) =>
      element('Figure', [
        ['src', `/covers/${cover}.svg`],
        ['alt', zh ? `活动现场照片 ${n}` : `Photo ${n} from the venue`],
        ['caption', zh ? `现场 ${n}` : `At the venue, ${n}`],
      ]);
    switch (template) {
      case 0:
        return {
          before: [intro, para(sentences(rng, zh, 3))],
          after: [
            element(
              'Callout',
              [
                ['type', 'note'],
                ['title', zh ? '关于本期' : 'About this edition'],
              ],
              [para(sentences(rng, zh, 2))],
            ),
          ],
        };
      case 1:
        return {
          before: [intro, figure(1)],
          after: [
            para(
              zh
                ? `感谢所有讲者与志愿者。[活动主页](https://example.com/events/${slug})`
                : `Thanks to every speaker and volunteer. [Event page](https://example.com/events/${slug})`,
            ),
          ],
        };
      case 2:
        return { before: [intro, heading(zh ? '亮点' : 'Highlights'), list(sample(rng, zh ? ZH_SENTENCES : EN_SENTENCES, 3))], after: [] };
      case 3:
        return {
          before: [intro],
          after: [
            heading(zh ? '照片' : 'Photos'),
            element('Gallery', [['caption', zh ? '活动照片' : 'Photos from the evening']], [figure(1), figure(2), figure(3)]),
          ],
        };
      case 4:
        return {
          before: [intro, quote(sentences(rng, zh, 1))],
          after: [
            element(
              'Callout',
              [
                ['type', 'tip'],
                ['title', zh ? '下期预告' : 'Next time'],
              ],
              [para(sentences(rng, zh, 1))],
            ),
          ],
        };
      default:
        return { before: [intro], after: [] };
    }
  }
}

function speakerText(s: SpeakerDef): string {
  return s.affiliation ? `${s.name} (${s.role}, ${s.affiliation})` : `${s.name} (${s.role})`;
}

function sentences(rng: Rng, zh: boolean, n: number): string {
  return sample(rng, zh ? ZH_SENTENCES : EN_SENTENCES, n).join(zh ? '' : ' ');
}

function clip(s: string, max = 200): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
