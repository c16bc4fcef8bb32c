/**
 * Child process of bench/organizer.ts: creates publishable drafts in the
 * running bench server's database (same SQLITE_PATH) through lib's own
 * createRecapDraft, owned by the ADMIN_EMAIL user the server bootstrapped.
 * (The app's "New recap" action takes a React form-state/FormData pair,
 * which is awkward to replay; everything after creation goes through HTTP.)
 *   tsx --import ./bench/organizer/register.mjs bench/organizer/seed-worker.ts <out.json> <slug>…
 */
import fs from 'node:fs';
import { closeDb } from '@/lib/db/connection';
import { db } from '@/lib/db/ready';
import { createRecapDraft } from '@/lib/recaps/mutations';
import { getUserByEmail } from '@/lib/sql/users';
import { benchFields, draftBody } from './fixtures';

async function main() {
  const [out, ...slugs] = process.argv.slice(2);
  const email = process.env.ADMIN_EMAIL;
  if (!out || !slugs.length || !email) throw new Error('usage: ADMIN_EMAIL=… seed-worker.ts <out.json> <slug>…');
  const user = await getUserByEmail(await db(), email);
  if (!user) throw new Error(`no user ${email}: sign in to the server first (it creates the admin)`);
  const drafts = [];
  for (const slug of slugs) {
    const fields = benchFields(slug, `Publish Bench ${slug}`);
    const draft = await createRecapDraft(user, fields, draftBody(8));
    drafts.push({ id: draft.id, slug: draft.slug, title: fields.title, version: draft.version, fields });
  }
  fs.writeFileSync(out, JSON.stringify(drafts));
  await closeDb();
  // lib may hold other handles open (e.g. lib/db/health.ts's probe pool on PostgreSQL): don't wait for them.
  process.exit(0);
}

main().catch(async (err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  await closeDb().catch(() => {});
  process.exit(1);
});
