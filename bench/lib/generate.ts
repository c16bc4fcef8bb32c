/**
 * Deterministic synthetic recaps for benchmarks: `generateRecaps(count, dir)`
 * writes `dir/recaps/<slug>.mdx` files in the same format as content/recaps.
 * Recap i depends only on (seed, i), so the first 10 of a 1,000 run are the
 * 10 of a 10 run. Options cover later benches (10,000 recaps, 20-talk recaps).
 */
import fs from 'node:fs';
import path from 'node:path';
import { int, pick, pickSkewed, rngFor, sample, type Rng } from './random';
import {
  CITIES,
  EN_SENTENCES,
  EN_TITLE_PARTS,
  EXTRA_TAGS,
  FORMATS_EN,
  FORMATS_ZH,
  TOPICS,
  ZH_SENTENCES,
  ZH_TITLE_PARTS,
  speakerPool,
  type SpeakerDef,
} from './vocabulary';

export interface GenerateOptions {
  /** PRNG seed; the same seed and index always give the same recap. Default 1. */
  seed?: number;
  /** Talks per recap, inclusive range. Default 2–8. */
  talksMin?: number;
  talksMax?: number;
  /** Share of recaps written in Chinese (locale zh). Default 0.4. */
  zhShare?: number;
  /** Remove existing `dir/recaps` first. Default true. */
  clean?: boolean;
}

export interface GeneratedRecap {
  slug: string;
  file: string;
  locale: 'en' | 'zh';
  talks: number;
  bytes: number;
}

export interface GenerateResult {
  contentDir: string;
  recaps: GeneratedRecap[];
  totalBytes: number;
  totalTalks: number;
}

const SPEAKERS = speakerPool();

export function generateRecaps(count: number, dir: string, options: GenerateOptions = {}): GenerateResult {
  const { seed = 1, talksMin = 2, talksMax = 8, zhShare = 0.4, clean = true } = options;
  const contentDir = path.resolve(dir);
  const recapsDir = path.join(contentDir, 'recaps');
  if (clean) fs.rmSync(recapsDir, { recursive: true, force: true });
  fs.mkdirSync(recapsDir, { recursive: true });
  const recaps: GeneratedRecap[] = [];
  let totalBytes = 0;
  let totalTalks = 0;
  for (let i = 0; i < count; i++) {
    const { slug, source, locale, talks } = recapSource(i, seed, talksMin, talksMax, zhShare);
    const file = path.join(recapsDir, `${slug}.mdx`);
    fs.writeFileSync(file, source);
    const bytes = Buffer.byteLength(source);
    recaps.push({ slug, file, locale, talks, bytes });
    totalBytes += bytes;
    totalTalks += talks;
  }
  return { contentDir, recaps, totalBytes, totalTalks };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const yamlString = (s: string) => JSON.stringify(s);
/** Descriptions are limited to 200 characters by the schema. */
const clip = (s: string, max = 200) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/** The MDX source of recap `index`. Exported for tests and single-file use. */
export function recapSource(index: number, seed = 1, talksMin = 2, talksMax = 8, zhShare = 0.4) {
  const rng = rngFor(seed, index);
  const zh = rng() < zhShare;
  const locale: 'en' | 'zh' = zh ? 'zh' : 'en';
  const city = pickSkewed(rng, CITIES, 1.4);
  const topic = pickSkewed(rng, TOPICS, 1.3);
  const year = int(rng, 2022, 2026);
  const date = `${year}-${pad(int(rng, 1, 12))}-${pad(int(rng, 1, 28))}`;
  const published = addDays(date, int(rng, 1, 14));
  const updated = rng() < 0.3 ? addDays(published, int(rng, 1, 30)) : undefined;
  const format = zh ? pick(rng, FORMATS_ZH) : pick(rng, FORMATS_EN);
  const edition = int(rng, 1, 12);
  const title = zh ? `${city.zh}${topic.zh}${format} ${year}（第 ${edition} 期）` : `${city.name} ${topic.en} ${format} ${year} #${edition}`;
  const slug = `${city.slug}-${topic.tag}-${zh ? 'zh' : format.toLowerCase().replace(/\s+/g, '-')}-${year}-${pad(index, 5)}`;
  const nTalks = int(rng, talksMin, talksMax);
  const talks = Array.from({ length: nTalks }, (_, t) => talk(rng, zh, t));
  const tags = [topic.tag, ...sample(rng, EXTRA_TAGS, int(rng, 0, 3))];
  const speakerNames = talks.flatMap((t) => t.speakerNames);
  const description = clip(
    zh
      ? `合成基准数据：${nTalks} 场分享，嘉宾包括 ${speakerNames.slice(0, 3).join('、')} 等，主题涵盖${talks
          .slice(0, 3)
          .map((t) => t.title)
          .join('；')}。`
      : `Synthetic benchmark recap: ${nTalks} talks by ${speakerNames.slice(0, 3).join(', ')} and others, covering ${talks
          .slice(0, 3)
          .map((t) => t.title.toLowerCase())
          .join('; ')}.`,
  );
  const covers = ['beijing-kubernetes-day-2022', 'shanghai-wasm-night-2025', 'hangzhou-database-meetup-2024', 'chengdu-yun-yuan-sheng-2026'];
  const fm = [
    '---',
    `title: ${yamlString(title)}`,
    `date: ${date}`,
    `city: ${city.name}`,
    `venue: ${yamlString(pick(rng, city.venues))}`,
    `community: ${yamlString(`${zh ? `${city.zh}${topic.zhCommunity}` : `${city.name} ${topic.community}`}`)}`,
    `description: ${yamlString(description)}`,
    `tags: [${tags.join(', ')}]`,
    ...(rng() < 0.5 ? [`cover: /covers/${pick(rng, covers)}.svg`] : []),
    `locale: ${locale}`,
    `published: ${published}`,
    ...(updated ? [`updated: ${updated}`] : []),
    `author: ${yamlString(pick(rng, SPEAKERS).name)}`,
    'sample: true',
    '---',
  ];
  const intro = zh
    ? `本次活动在${city.zh}举行，共 ${nTalks} 场分享。本页为基准测试自动生成的虚构回顾。`
    : `This ${format.toLowerCase()} in ${city.name} had ${nTalks} talks. This page is a fictional recap generated for benchmarks.`;
  const body = [intro, '', paragraph(rng, zh), '', ...talks.flatMap((t) => [t.block, ''])];
  return { slug, locale, talks: nTalks, source: `${fm.join('\n')}\n\n${body.join('\n')}` };
}

function speakerAttr(s: SpeakerDef): string {
  return s.affiliation ? `${s.name} (${s.role}, ${s.affiliation})` : `${s.name} (${s.role})`;
}

function paragraph(rng: Rng, zh: boolean): string {
  const sentences = sample(rng, zh ? ZH_SENTENCES : EN_SENTENCES, int(rng, 2, 4));
  return sentences.join(zh ? '' : ' ');
}

function talk(rng: Rng, zh: boolean, t: number) {
  const parts = zh ? ZH_TITLE_PARTS : EN_TITLE_PARTS;
  const title = `${pick(rng, parts.lead)}${zh ? '' : ' '}${pick(rng, parts.object)}${zh ? '' : ' '}${pick(rng, parts.tail)}`.trim();
  const speakers = sample(rng, [...new Set(Array.from({ length: 4 }, () => pickSkewed(rng, SPEAKERS)))], rng() < 0.15 ? 2 : 1);
  const attrs = [`title=${yamlString(title)}`, `speakers=${yamlString(speakers.map(speakerAttr).join('; '))}`];
  if (rng() < 0.6) attrs.push(`slides="https://example.com/slides/bench/${t + 1}.pdf"`);
  if (rng() < 0.3) attrs.push(`video="https://www.youtube.com/watch?v=bench${pad(t, 4)}"`);
  const inner = [paragraph(rng, zh)];
  if (rng() < 0.5) inner.push('', paragraph(rng, zh));
  if (rng() < 0.35) {
    inner.push(
      '',
      ...(zh
        ? ['- 先评估，再迁移', '- 灰度发布，随时可回滚', '- 指标先行：`p99` 与错误率']
        : ['- Measure first, then migrate', '- Roll out in batches with a **tested** rollback', '- Watch `p99` and the error rate']),
    );
  }
  const block = [`<Talk ${attrs.join(' ')}>`, '', ...inner, '', '</Talk>'].join('\n');
  return { title, speakerNames: speakers.map((s) => s.name), block };
}
