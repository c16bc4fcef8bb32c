/**
 * The import benchmark's site (bench/import.ts): a Hugo-like bilingual site of
 * `posts` meetup recaps, deterministic run to run. Each post has front matter,
 * an intro, 2–6 talk sections (a heading, a photo, a caption line naming the
 * speaker in one of the forms real posts use, prose, sometimes a bold Q&A or
 * an agenda table), raw HTML images with and without alt text, and a third
 * open with a tall poster. Images are real JPEG/PNG bytes made with sharp:
 * a pool of photos and screenshots that posts share (a few very often), and posters.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { int, pick, pickSkewed, rngFor, type Rng } from '../lib/random';
import { CITIES, EN_SENTENCES, EN_TITLE_PARTS, speakerPool, TOPICS, ZH_SENTENCES, ZH_TITLE_PARTS } from '../lib/vocabulary';

export interface GeneratedSite {
  dir: string;
  posts: number;
  /** `<img>`/`![]()` references in all posts, and distinct image files. */
  imageRefs: number;
  imageFiles: number;
  imageBytes: number;
}

const PHOTOS = 90;
const SCREENSHOTS = 30;
const POSTERS = 20;

/** Pixels with a gradient, blocks and noise: an encoder has real work, as with a photo. */
async function image(rng: Rng, width: number, height: number, format: 'jpeg' | 'png'): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  const [r0, g0, b0] = [int(rng, 0, 255), int(rng, 0, 255), int(rng, 0, 255)];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const block = ((x >> 6) + (y >> 6)) % 3;
      const noise = (rng() * 40) | 0;
      raw[i] = (r0 + x / 4 + noise + block * 30) & 255;
      raw[i + 1] = (g0 + y / 4 + noise) & 255;
      raw[i + 2] = (b0 + (x + y) / 8 + block * 50) & 255;
    }
  }
  const pipeline = sharp(raw, { raw: { width, height, channels: 3 } });
  return format === 'jpeg' ? pipeline.jpeg({ quality: 82 }).toBuffer() : pipeline.png({ compressionLevel: 6 }).toBuffer();
}

async function writeImages(dir: string): Promise<{ files: number; bytes: number }> {
  const images = path.join(dir, 'static/images');
  fs.mkdirSync(images, { recursive: true });
  let bytes = 0;
  const put = async (name: string, data: Promise<Buffer>) => {
    const buffer = await data;
    bytes += buffer.length;
    fs.writeFileSync(path.join(images, name), buffer);
  };
  for (let i = 0; i < PHOTOS; i++) await put(`photo-${i}.jpg`, image(rngFor(11, i), 1200, 800, 'jpeg'));
  for (let i = 0; i < SCREENSHOTS; i++) await put(`slide-${i}.png`, image(rngFor(12, i), 960, 540, 'png'));
  for (let i = 0; i < POSTERS; i++) await put(`poster-${i}.jpg`, image(rngFor(13, i), 900, 2700, 'jpeg'));
  return { files: PHOTOS + SCREENSHOTS + POSTERS, bytes };
}

function title(rng: Rng, zh: boolean): string {
  const parts = zh ? ZH_TITLE_PARTS : EN_TITLE_PARTS;
  return `${pick(rng, parts.lead)}${zh ? '' : ' '}${pick(rng, parts.object)}${zh ? '' : ' '}${pick(rng, parts.tail)}`.trim();
}

function caption(rng: Rng, zh: boolean, name: string, talk: string, role: string, org?: string): string {
  const form = int(rng, 0, 4);
  if (zh && form === 0 && org) return `「${org}」${role} ${name}《${talk}》`;
  if (zh && form === 1) return `${name}：${talk}`;
  if (zh) return `${name}《${talk}》`;
  if (form === 0) return `"${talk}" by ${name}`;
  return `${name} "${talk}"`;
}

function post(i: number, zh: boolean, imageRefs: { n: number }): string {
  const rng = rngFor(7, i);
  const speakers = speakerPool();
  const topic = pick(rng, TOPICS);
  const city = pick(rng, CITIES);
  const sentences = zh ? ZH_SENTENCES : EN_SENTENCES;
  const prose = (n: number) => Array.from({ length: n }, () => pick(rng, sentences)).join(zh ? '' : ' ');
  const year = 2019 + (i % 7);
  const day = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
  const heading = zh ? `${topic.zhCommunity}第 ${i + 1} 期回顾（${city.zh}站）` : `${topic.community} #${i + 1} in ${city.name}`;
  const lines = [
    '---',
    `title: "${heading}"`,
    `date: ${day}T20:00:00+08:00`,
    `tags: [${topic.tag}, meetup]`,
    // Half carry the theme's placeholder, which the importer replaces and flags.
    `description: "${i % 2 ? 'This is meta description' : prose(1)}"`,
    '---',
    '',
    prose(3),
    '',
  ];
  if (i % 3 === 0) {
    lines.push(`<img src="/images/poster-${i % POSTERS}.jpg" alt="${zh ? '活动海报' : 'Event poster'}">`, '');
    imageRefs.n++;
  }
  const talks = int(rng, 2, 6);
  for (let t = 0; t < talks; t++) {
    const speaker = pickSkewed(rng, speakers);
    const talk = title(rng, zh);
    // A few photos appear in many posts (the venue, the group photo); most in one or two.
    const photo =
      rng() < 0.3 ? `photo-${int(rng, 0, 4)}.jpg` : rng() < 0.2 ? `slide-${int(rng, 0, SCREENSHOTS - 1)}.png` : `photo-${int(rng, 5, PHOTOS - 1)}.jpg`;
    lines.push(`## ${talk}`, '');
    lines.push(rng() < 0.5 ? `![${zh ? '现场照片' : 'On stage'}](/images/${photo})` : `<img src=/images/${photo} class=photo>`, '');
    imageRefs.n++;
    lines.push(caption(rng, zh, speaker.name, talk, speaker.role, speaker.affiliation), '', prose(int(rng, 2, 5)), '');
    if (rng() < 0.3) lines.push(`**${zh ? '问答' : 'Q&A'}**：${prose(2)}`, '');
  }
  if (rng() < 0.25)
    lines.push(
      zh ? '| 时间 | 议程 |' : '| Time | Agenda |',
      '|---|---|',
      `| 14:00 | ${zh ? '签到' : 'Doors open'} |`,
      `| 14:30 | ${zh ? '分享' : 'Talks'} |`,
      '',
    );
  lines.push(prose(2), '');
  return lines.join('\n');
}

/** Writes the site under `dir` (emptied first). */
export async function generateSite(dir: string, posts: number): Promise<GeneratedSite> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'config.toml'),
    [
      'baseURL = "https://bench-meetups.org/"',
      'title = "Bench Meetups"',
      'defaultContentLanguage = "zh"',
      '[languages.zh]',
      'contentDir = "content/zh"',
      '[languages.en]',
      'contentDir = "content/en"',
      '',
    ].join('\n'),
  );
  const refs = { n: 0 };
  for (let i = 0; i < posts; i++) {
    const zh = i % 5 !== 4; // four in five in Chinese
    const folder = path.join(dir, zh ? 'content/zh/posts' : 'content/en/posts');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `meetup-${String(i + 1).padStart(3, '0')}.md`), post(i, zh, refs));
  }
  const images = await writeImages(dir);
  return { dir, posts, imageRefs: refs.n, imageFiles: images.files, imageBytes: images.bytes };
}
