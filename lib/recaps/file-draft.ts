import { parseFrontMatter, splitFrontMatter } from '@/lib/mdx/front-matter';
import { fieldsFromStored, type RecapFields } from './editor-fields';

/** A recap file as the fields and body of a new draft: every field, event fields included (times, zone, status, series), a new slug and author. Pure. */
export function draftOfFile(source: string, newSlug: string, author: string): { fields: RecapFields; body: string } | null {
  const split = splitFrontMatter(source);
  const parsed = parseFrontMatter(split.yaml);
  if (!parsed.ok) return null;
  return { fields: { ...fieldsFromStored(parsed.data, newSlug), author }, body: split.body };
}
