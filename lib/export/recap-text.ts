import { stringify } from 'yaml';
import { fieldsFromStored, fieldsToStored } from '@/lib/recaps/editor-fields';
import { FRONT_MATTER_KEYS, withoutEmptyOptionals } from '@/lib/recaps/schema';
import type { FrontMatterJson, RecapRow } from '@/lib/sql/types';

// A database recap as a git-managed file: the portal's own front matter
// (lib/recaps/schema.ts, read back by lib/mdx/front-matter.ts) and its body.
// Pure: the export and its tests only.

/** `---` YAML front matter (keys in the schema's order, empty optionals left out) and the body. */
export function recapFileText(frontMatter: Record<string, unknown>, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of FRONT_MATTER_KEYS) if (frontMatter[key] !== undefined) ordered[key] = frontMatter[key];
  const text = body.endsWith('\n') ? body : `${body}\n`;
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n\n${text}`;
}

/**
 * The front matter the public page of a live recap is built from
 * (lib/recaps/db-recaps.ts): its live fields, `published` the day it went
 * live, `updated` its last change, and the row's translation key (a
 * translation is linked without a new version).
 */
export function liveFrontMatter(row: RecapRow): Record<string, unknown> {
  const live = row.live;
  if (!live) throw new Error(`recap ${row.slug} has no live text`);
  const published = row.publishedAt ?? live.updatedAt;
  const updated = live.updatedAt > published ? live.updatedAt : published;
  return { ...storedFrontMatter(live.frontMatter, row), published: published.slice(0, 10), updated: updated.slice(0, 10) };
}

/** The working copy's front matter as it is, valid or not (a draft is not checked): `published` only once it went live. */
export function workingFrontMatter(row: RecapRow): Record<string, unknown> {
  return { ...storedFrontMatter(row.frontMatter, row), ...(row.publishedAt ? { published: row.publishedAt.slice(0, 10) } : {}) };
}

function storedFrontMatter(stored: FrontMatterJson, row: RecapRow): Record<string, unknown> {
  // Through the editor's own mapping, so that the file says what the editor would publish.
  const fields = withoutEmptyOptionals(fieldsToStored(fieldsFromStored(stored, row.slug)));
  return { ...fields, ...(row.translationKey ? { translationKey: row.translationKey } : {}) };
}

/** True when the working copy differs from the live text (saved since the last publish or update). */
export function hasUnpublishedChanges(row: RecapRow): boolean {
  if (!row.live) return true;
  return row.body !== row.live.body || JSON.stringify(row.frontMatter) !== JSON.stringify(row.live.frontMatter);
}
