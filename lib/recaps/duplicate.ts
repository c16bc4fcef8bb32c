import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { authorize } from '@/lib/auth/policy';
import { env } from '@/lib/env';
import type { User } from '@/lib/sql/types';
import { draftOfFile } from './file-draft';
import { createRecapDraft, RecapInputError } from './mutations';
import { getRecap } from './public-reads';

/** Copies a git-managed recap (front matter and body) into a new draft with a new slug. Editors only. */
export async function duplicateFileRecap(user: User, slug: string, newSlug: string): Promise<number> {
  authorize(user, 'recap.edit');
  const recap = await getRecap(slug);
  if (!recap || recap.source !== 'file') throw new RecapInputError({ form: 'that recap no longer exists' });
  const source = fs.readFileSync(path.join(env.contentDir, 'recaps', `${slug}.mdx`), 'utf8');
  const copy = draftOfFile(source, newSlug, user.name);
  if (!copy) throw new RecapInputError({ form: 'that recap file no longer passes the content check' });
  const draft = await createRecapDraft(user, copy.fields, copy.body);
  return draft.id;
}
