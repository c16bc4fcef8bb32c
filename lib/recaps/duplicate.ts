import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { splitFrontMatter } from '@/lib/mdx/front-matter';
import type { User } from '@/lib/sql/types';
import { EMPTY_FIELDS } from './editor-fields';
import { createRecapDraft, RecapInputError } from './mutations';
import { getRecap } from './public-reads';

/** Copies a git-managed recap (front matter and body) into a new draft with a new slug. Editors only. */
export async function duplicateFileRecap(user: User, slug: string, newSlug: string): Promise<number> {
  const recap = await getRecap(slug);
  if (!recap || recap.source !== 'file') throw new RecapInputError({ form: 'that recap no longer exists' });
  const source = fs.readFileSync(path.join(env.contentDir, 'recaps', `${slug}.mdx`), 'utf8');
  const fields = {
    ...EMPTY_FIELDS,
    title: recap.title,
    slug: newSlug,
    date: recap.date,
    city: recap.city,
    venue: recap.venue ?? '',
    community: recap.community,
    description: recap.description,
    tags: recap.tags.join(', '),
    cover: recap.cover ?? '',
    locale: recap.locale,
    author: user.name,
  };
  const draft = await createRecapDraft(user, fields, splitFrontMatter(source).body);
  return draft.id;
}
