import 'server-only';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db/ready';
import { NotFoundError, SlugTakenError } from '@/lib/sql/errors';
import { getRecapById } from '@/lib/sql/recaps';
import { insertTranslationDraft } from '@/lib/sql/recap-translations';
import type { User } from '@/lib/sql/types';
import { fieldsFromStored, fieldsToStored } from './editor-fields';
import { RecapInputError, slugProblem } from './mutations';
import type { Locale } from './schema';
import { parseTalkBlocks, writeTalkBlocks } from './talk-blocks';
import { findVersionInLocale } from './translation-versions';

/** The version in the other language exists already: which one, so the editor can link to it. */
export class TranslationExistsError extends RecapInputError {
  constructor(
    readonly locale: Locale,
    readonly existing: { slug: string; id?: number },
  ) {
    super({ form: `the ${locale === 'zh' ? 'Chinese' : 'English'} version already exists: ${existing.slug}` });
  }
}

/** What a translation starts with where the organizer writes: the gate accepts it, and it says what to do. */
export const TRANSLATION_PLACEHOLDERS: Record<Locale, { intro: string; summary: string }> = {
  en: { intro: 'Translate the introduction here.', summary: 'Translate the summary of this talk here.' },
  zh: { intro: '在这里翻译活动介绍。', summary: '在这里翻译这场分享的摘要。' },
};

const otherLocale = (locale: string): Locale => (locale === 'zh' ? 'en' : 'zh');

/**
 * Adds the version of database recap `sourceId` in its other language: a
 * linked draft (same translation key) with the same event facts (date, city,
 * venue, community, tags, cover) and the same talks (speakers, slides,
 * video; titles kept for the organizer to translate, summaries a
 * placeholder), its own slug (`<slug>-en`/`-zh`, made unique), status,
 * working copy, schedule and preview links. Refused when that language's
 * version exists (TranslationExistsError), whether a database recap or a
 * git-managed file. Returns the new draft's id. Editors only.
 */
export async function addRecapTranslation(user: User, sourceId: number): Promise<number> {
  authorize(user, 'recap.edit');
  const database = await db();
  const source = await getRecapById(database, sourceId);
  if (!source) throw new RecapInputError({ form: 'that recap no longer exists' });
  const fields = fieldsFromStored(source.frontMatter, source.slug);
  const locale = otherLocale(fields.locale);
  const key = source.translationKey ?? source.slug;
  const existing = await findVersionInLocale(key, source.slug, locale);
  if (existing) throw new TranslationExistsError(locale, existing);
  const slug = await freeSlug(`${source.slug.replace(/-(en|zh)$/, '')}-${locale}`);
  const placeholder = TRANSLATION_PLACEHOLDERS[locale];
  const talks = parseTalkBlocks(source.body).map((t) => ({
    title: t.title,
    speakers: t.speakers,
    slides: t.slides,
    video: t.video,
    summary: placeholder.summary,
  }));
  const body = writeTalkBlocks(`${placeholder.intro}\n`, talks);
  try {
    const draft = await insertTranslationDraft(database, {
      sourceId,
      key,
      slug,
      frontMatter: fieldsToStored({ ...fields, slug, locale, author: user.name }),
      body,
      actorId: user.id,
      now: new Date(),
    });
    return draft.id;
  } catch (error) {
    if (error instanceof NotFoundError) throw new RecapInputError({ form: 'that recap changed meanwhile: reload it and try again' });
    if (error instanceof SlugTakenError) throw new RecapInputError({ form: 'another recap took the new slug meanwhile: try again' });
    throw error;
  }
}

/** `base`, else `base-2`, `base-3`…: the first slug no file or recap uses. */
async function freeSlug(base: string): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await slugProblem(slug))) return slug;
  }
  throw new RecapInputError({ form: `no free slug near ${base}: rename the recap and try again` });
}
