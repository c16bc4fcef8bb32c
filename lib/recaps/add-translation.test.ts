import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const revalidated: string[] = [];
vi.mock('next/cache', () => ({
  revalidatePath: (p: string) => revalidated.push(p),
  unstable_cache: <T>(fn: T) => fn,
}));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'add-translation-'));
process.env.SQLITE_PATH = path.join(dir, 'test.db');
delete process.env.DATABASE_URL;

const { db } = await import('@/lib/db/ready');
const { createUser } = await import('@/lib/sql/users');
const { getRecapById } = await import('@/lib/sql/recaps');
const { writePublicRecaps } = await import('@/lib/sql/read-model-write');
const m = await import('./mutations');
const { addRecapTranslation, TranslationExistsError, TRANSLATION_PLACEHOLDERS } = await import('./add-translation');
const { EMPTY_FIELDS, fieldsFromStored } = await import('./editor-fields');
const { getRecap, listPublishedTranslations, listRecaps } = await import('./public-reads');
const { publicDb } = await import('./read-model-sync');
const { publicRecapRows } = await import('./public-recap-rows');
const { parseTalkBlocks } = await import('./talk-blocks');
const { recapFixture } = await import('@/lib/testing/recap-fixture');
const { NotAllowedError } = await import('@/lib/auth/policy');
import type { User } from '@/lib/sql/types';

const BODY = [
  'An evening of talks.',
  '',
  '<Talk title="Opening" speakers="Ada Lovelace (Engineer, Analytical Engines)" slides="https://example.org/s.pdf">',
  '',
  'Hello.',
  '',
  '</Talk>',
  '',
  '<Talk title="Closing" speakers="Bob; Cy (Lead, Pond)" video="https://example.org/v">',
  '',
  'Bye.',
  '',
  '</Talk>',
  '',
].join('\n');
const fields = (slug: string, locale = 'en') => ({
  ...EMPTY_FIELDS,
  title: 'A meetup',
  slug,
  date: '2024-05-01',
  city: 'Shenzhen',
  venue: 'Hall 1',
  community: 'Community',
  description: 'What happened.',
  tags: 'cloud-native, go',
  cover: '/covers/x.svg',
  locale,
  author: 'Organizer',
});

let organizer: User;
beforeAll(async () => {
  organizer = await createUser(await db(), { email: 'org@example.com', name: 'Translator', role: 'organizer', now: new Date() });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('addRecapTranslation', () => {
  it('refuses an inactive user', async () => {
    await expect(addRecapTranslation({ ...organizer, active: false }, 1)).rejects.toBeInstanceOf(NotAllowedError);
  });

  it('creates a linked draft in the other language with the event facts and the talks, which the gate accepts', async () => {
    const source = await m.createRecapDraft(organizer, fields('meet-up-en'), BODY);
    const id = await addRecapTranslation(organizer, source.id);
    const draft = (await getRecapById(await db(), id))!;
    expect(draft).toMatchObject({ slug: 'meet-up-zh', status: 'draft', translationKey: 'meet-up-en', live: null });
    expect((await getRecapById(await db(), source.id))!.translationKey).toBe('meet-up-en');
    const f = fieldsFromStored(draft.frontMatter, draft.slug);
    expect(f).toMatchObject({
      locale: 'zh',
      title: 'A meetup',
      date: '2024-05-01',
      city: 'Shenzhen',
      venue: 'Hall 1',
      tags: 'cloud-native, go',
      cover: '/covers/x.svg',
    });
    expect(f.author).toBe('Translator');
    expect(parseTalkBlocks(draft.body).map(({ title, speakers, slides, video, summary }) => ({ title, speakers, slides, video, summary }))).toEqual(
      parseTalkBlocks(BODY).map(({ title, speakers, slides, video }) => ({ title, speakers, slides, video, summary: TRANSLATION_PLACEHOLDERS.zh.summary })),
    );
    expect(draft.body.startsWith(TRANSLATION_PLACEHOLDERS.zh.intro)).toBe(true);
    expect(await m.reviewDraft({ ...f }, draft.body, '2024-05-02')).toEqual({ fieldErrors: {}, diagnostics: [] });
  });

  it('refuses when the other language exists, from either version, naming it', async () => {
    const source = await m.createRecapDraft(organizer, fields('twice'), BODY);
    const id = await addRecapTranslation(organizer, source.id);
    await expect(addRecapTranslation(organizer, source.id)).rejects.toMatchObject({ existing: { slug: 'twice-zh', id }, locale: 'zh' });
    const refused = addRecapTranslation(organizer, id);
    await expect(refused).rejects.toBeInstanceOf(TranslationExistsError);
    await expect(refused).rejects.toMatchObject({
      existing: { slug: 'twice', id: source.id },
      fieldErrors: { form: expect.stringMatching(/English version already exists: twice/) },
    });
  });

  it('refuses when a git-managed file is that version', async () => {
    const source = await m.createRecapDraft(organizer, fields('has-file', 'zh'), BODY);
    const file = {
      ...recapFixture({ slug: 'has-file-en', locale: 'en', translationKey: 'has-file' }),
      tree: { type: 'root' as const, children: [] },
      hast: { type: 'root' as const, children: [] },
    };
    await writePublicRecaps(await publicDb(), [publicRecapRows(file)]);
    await expect(addRecapTranslation(organizer, source.id)).rejects.toMatchObject({ existing: { slug: 'has-file-en' }, locale: 'en' });
  });

  it('picks a free slug', async () => {
    await m.createRecapDraft(organizer, fields('busy-zh'), BODY);
    const source = await m.createRecapDraft(organizer, fields('busy'), BODY);
    expect((await getRecapById(await db(), await addRecapTranslation(organizer, source.id)))!.slug).toBe('busy-zh-2');
  });

  it('published, both versions name each other; each language lists the event once', async () => {
    const source = await m.createRecapDraft(organizer, fields('both-ways'), BODY);
    const id = await addRecapTranslation(organizer, source.id);
    await m.publishRecap(organizer, source.id);
    const en = (await getRecap('both-ways'))!;
    expect(await listPublishedTranslations(en)).toEqual([]);
    // The English version alone is listed in Chinese too, until the Chinese one is published.
    expect((await listRecaps({}, 'zh')).items.map((r) => r.slug)).toContain('both-ways');
    revalidated.length = 0;
    await m.publishRecap(organizer, id);
    expect(revalidated).toContain('/recaps/both-ways');
    const zh = (await getRecap('both-ways-zh'))!;
    expect((await listPublishedTranslations(zh)).map((r) => r.slug)).toEqual(['both-ways']);
    expect((await listPublishedTranslations({ slug: 'both-ways', translationKey: 'both-ways' })).map((r) => r.slug)).toEqual(['both-ways-zh']);
    const zhList = (await listRecaps({}, 'zh')).items.map((r) => r.slug);
    expect(zhList).toContain('both-ways-zh');
    expect(zhList).not.toContain('both-ways');
    // Unpublishing one expires its sibling's page (its head names it).
    revalidated.length = 0;
    await m.unpublishRecap(organizer, id);
    expect(revalidated).toContain('/recaps/both-ways');
  });

  it('a linked version moved to the language its event has: said on save (which still saves), refused at publishing', async () => {
    const source = await m.createRecapDraft(organizer, fields('same-lang'), BODY);
    const id = await addRecapTranslation(organizer, source.id);
    const draft = (await getRecapById(await db(), id))!;
    const saved = await m.saveRecapDraft(organizer, id, { baseVersion: draft.version, fields: fields('same-lang-zh', 'en'), body: draft.body });
    expect(saved).toMatchObject({ kind: 'saved', fieldErrors: { locale: expect.stringMatching(/English version of this event is already "same-lang"/) } });
    expect(saved.kind === 'saved' && saved.result.ok).toBe(true);
    await expect(m.publishRecap(organizer, id)).rejects.toMatchObject({ fieldErrors: { locale: expect.stringMatching(/one version per language/) } });
    // Back in Chinese, it publishes.
    await m.saveRecapDraft(organizer, id, { baseVersion: draft.version + 1, fields: fields('same-lang-zh', 'zh'), body: draft.body });
    await expect(m.publishRecap(organizer, id)).resolves.toMatchObject({ status: 'published' });
  });
});
