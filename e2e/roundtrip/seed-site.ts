import sharp from 'sharp';
import { closeDb, getDb } from '@/lib/db/connection';
import { migrateToLatest } from '@/lib/db/migrate';
import { now } from '@/lib/events/clock';
import { saveUpload } from '@/lib/media/media-files';
import { EMPTY_FIELDS, fieldsToStored, type RecapFields } from '@/lib/recaps/editor-fields';
import { applyPublicChange } from '@/lib/recaps/public-change';
import { personWrite } from '@/lib/speakers/registry-sync';
import { writeWorkingCopy } from '@/lib/sql/recap-save';
import { markPublished, markScheduled } from '@/lib/sql/recap-status';
import { insertTranslationDraft } from '@/lib/sql/recap-translations';
import { insertDraft } from '@/lib/sql/recaps';
import { writeDbPerson } from '@/lib/sql/speaker-edits';
import { createUser } from '@/lib/sql/users';

// What an organizer would have made in the admin: an event published in two
// linked languages with a talk and an uploaded photo (then edited, so the
// working copy differs from the live page), a draft, a scheduled recap and a
// database speaker who is one person in two scripts. The slugs are the spec's.

export const SEEDED = { en: 'wuhan-go-night-2026', zh: 'wuhan-go-night-2026-zh', draft: 'half-written', scheduled: 'coming-later', person: 'gao-lin' };

const fields = (over: Partial<RecapFields>): Record<string, unknown> =>
  fieldsToStored({
    ...EMPTY_FIELDS,
    date: '2026-11-20',
    venue: 'Optics Valley Hub',
    community: 'Wuhan Go Meetup',
    tags: 'go, performance',
    author: 'Ed',
    start: '19:00',
    end: '21:30',
    timeZone: 'Asia/Shanghai',
    series: 'wuhan-go',
    seriesName: 'Wuhan Go Nights',
    ...over,
  });

const body = (speaker: string, photo: { src: string; width: number; height: number }, words: string) =>
  `${words}\n\n<Talk title="Profiling in production" speakers="${speaker} (Engineer, Pondworks)" start="19:10">\n\nHow we profile services that never stop.\n\n</Talk>\n\n<Figure src="${photo.src}" alt="The hall, full" width="${photo.width}" height="${photo.height}" caption="The hall" />\n`;

export async function seedSite(): Promise<void> {
  const db = getDb();
  await migrateToLatest(db);
  const at = now();
  const ed = await createUser(db, { email: 'ed@example.org', name: 'Ed', role: 'organizer', now: at });
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .png()
    .toBuffer();
  const photo = await saveUpload(ed, png, { database: db, now: at });
  if (!photo.ok) throw new Error(photo.error);

  await writeDbPerson(
    db,
    personWrite({ slug: SEEDED.person, names: { en: 'Gao Lin', zh: '高林' }, aliases: [], links: { github: 'gaolin' } }),
    0,
    at.toISOString(),
  );
  const en = await insertDraft(db, {
    slug: SEEDED.en,
    frontMatter: fields({ title: 'Wuhan Go Night', city: 'Wuhan', description: 'Two talks on Go at scale.', locale: 'en' }),
    body: body('Gao Lin', photo, 'Opening words.'),
    actorId: ed.id,
    now: at,
  });
  const zh = await insertTranslationDraft(db, {
    sourceId: en.id,
    key: SEEDED.en,
    slug: SEEDED.zh,
    frontMatter: fields({ title: '武汉 Go 之夜', city: '武汉', description: '两场关于大规模 Go 的分享。', locale: 'zh' }),
    body: body('高林', photo, '开场致辞。'),
    actorId: ed.id,
    now: at,
  });
  for (const id of [en.id, zh.id]) {
    await markPublished(db, id, 1, ed.id, at);
    await applyPublicChange(db, id);
  }
  // Edited since it went live: the page keeps the live text; the edit is the working copy.
  await writeWorkingCopy(db, {
    id: en.id,
    baseVersion: 1,
    frontMatter: fields({ title: 'Wuhan Go Night (edited)', city: 'Wuhan', description: 'Two talks on Go at scale.', locale: 'en' }),
    body: 'Rewritten, not published yet.\n',
    actorId: ed.id,
    now: at,
  });
  await insertDraft(db, { slug: SEEDED.draft, frontMatter: fields({ title: 'Half written', locale: 'en' }), body: 'Notes.\n', actorId: ed.id, now: at });
  const later = await insertDraft(db, {
    slug: SEEDED.scheduled,
    frontMatter: fields({ title: 'Coming later', city: 'Wuhan', description: 'Published by the scheduler.', locale: 'en' }),
    body: 'Soon.\n',
    actorId: ed.id,
    now: at,
  });
  await markScheduled(db, later.id, new Date('2027-06-01T08:00:00.000Z'), ed.id, at);
  await closeDb();
}
