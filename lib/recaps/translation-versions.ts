import 'server-only';
import { db } from '@/lib/db/ready';
import { selectTranslationRows } from '@/lib/sql/read-model';
import { selectRecapsByTranslationKey } from '@/lib/sql/recap-translations';
import { fieldsFromStored } from './editor-fields';
import { publicDb } from './read-model-sync';
import type { Locale } from './schema';

/**
 * The version in `locale` of the event `key`, other than the recap
 * `exceptSlug`: a database recap of any status, else a git-managed file; null
 * when there is none. An event has one version per language: "Add
 * translation" and publishing check it. A few indexed rows.
 */
export async function findVersionInLocale(key: string, exceptSlug: string, locale: Locale): Promise<{ slug: string; id?: number } | null> {
  for (const r of await selectRecapsByTranslationKey(await db(), key)) {
    if (r.slug !== exceptSlug && fieldsFromStored(r.frontMatter, r.slug).locale === locale) return { slug: r.slug, id: r.id };
  }
  // Git-managed versions are in the read model only (they cannot be edited here).
  const file = (await selectTranslationRows(await publicDb(), key, exceptSlug)).find((r) => r.source === 'file' && r.locale === locale);
  return file ? { slug: file.slug } : null;
}

/** Why a linked recap cannot be in `locale` (its event has that version already), or null. */
export async function translationLocaleProblem(recap: { slug: string; translationKey: string | null }, locale: string): Promise<string | null> {
  if (!recap.translationKey || (locale !== 'en' && locale !== 'zh')) return null;
  const other = await findVersionInLocale(recap.translationKey, recap.slug, locale);
  return other ? `the ${locale === 'zh' ? 'Chinese' : 'English'} version of this event is already "${other.slug}": one version per language` : null;
}
