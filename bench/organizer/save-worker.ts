/**
 * Child process of bench/organizer.ts (one per dialect): times the real draft
 * save path, lib/recaps/mutations.ts saveRecapDraft (validation + MDX review +
 * optimistic-concurrency UPDATE + coalesced revision, in one transaction),
 * against the database named by DATABASE_URL / SQLITE_PATH, which the lib
 * reads at first use. Run as:
 *   tsx --import ./bench/organizer/register.mjs bench/organizer/save-worker.ts <out.json>
 * Env: ORG_SAVES (300), ORG_SAVE_WARMUP (10).
 * Also times the two halves separately (reviewDraft alone, lib/sql saveDraft
 * alone) so a slow p95 can be attributed.
 */
import fs from 'node:fs';
import { closeDb } from '@/lib/db/connection';
import { db } from '@/lib/db/ready';
import { dialectOf } from '@/lib/db/dialect';
import { fieldsToStored } from '@/lib/recaps/editor-fields';
import { createRecapDraft, reviewDraft, saveRecapDraft } from '@/lib/recaps/mutations';
import { writeWorkingCopy } from '@/lib/sql/recap-save';
import { createUser } from '@/lib/sql/users';
import { benchFields, draftBody, editedBody } from './fixtures';
import { summarize } from './stats';

const num = (name: string, fallback: number) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback);
const SAVES = num('ORG_SAVES', 300);
const WARMUP = num('ORG_SAVE_WARMUP', 10);

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error('usage: save-worker.ts <out.json>');
  const database = await db();
  const user = await createUser(database, { email: `bench-${process.pid}@example.com`, name: 'Bench Organizer', role: 'organizer', now: new Date() });
  const fields = benchFields(`bench-save-${process.pid}`);
  const base = draftBody(8);
  const draft = await createRecapDraft(user, fields, base);

  let version = draft.version;
  const save = async (n: number) => {
    const body = editedBody(base, n);
    const t0 = performance.now();
    const outcome = await saveRecapDraft(user, draft.id, { baseVersion: version, fields, body });
    const ms = performance.now() - t0;
    if (outcome.kind !== 'saved' || !outcome.result.ok) throw new Error(`save ${n} did not succeed: ${JSON.stringify(outcome).slice(0, 300)}`);
    if (outcome.diagnostics.length || Object.keys(outcome.fieldErrors).length) {
      throw new Error(`the bench body should be publishable: ${JSON.stringify([outcome.fieldErrors, outcome.diagnostics]).slice(0, 300)}`);
    }
    version = outcome.result.version;
    return ms;
  };

  for (let i = 0; i < WARMUP; i++) await save(i);
  const totals: number[] = [];
  for (let i = 0; i < SAVES; i++) totals.push(await save(WARMUP + i));

  // The two halves on their own, same body sizes, fewer rounds.
  const parts = Math.min(100, SAVES);
  const review: number[] = [];
  for (let i = 0; i < parts; i++) {
    const body = editedBody(base, 10_000 + i);
    const t0 = performance.now();
    await reviewDraft(fields, body);
    review.push(performance.now() - t0);
  }
  const store: number[] = [];
  const stored = fieldsToStored(fields);
  for (let i = 0; i < parts; i++) {
    const body = editedBody(base, 20_000 + i);
    const t0 = performance.now();
    const r = await writeWorkingCopy(database, { id: draft.id, baseVersion: version, frontMatter: stored, body, actorId: user.id, now: new Date() });
    store.push(performance.now() - t0);
    if (!r.ok) throw new Error('store-only save conflicted');
    version = r.version;
  }

  const revisions = await database
    .selectFrom('revisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('recap_id', '=', draft.id)
    .executeTakeFirstOrThrow();
  const result = {
    dialect: dialectOf(database),
    saves: SAVES,
    warmup: WARMUP,
    bodyBytes: Buffer.byteLength(editedBody(base, WARMUP)),
    talks: 8,
    save: summarize(totals),
    reviewOnly: summarize(review),
    storeOnly: summarize(store),
    revisionsRecorded: Number(revisions.n),
    samplesMs: totals.map((x) => Math.round(x * 100) / 100),
  };
  fs.writeFileSync(out, JSON.stringify(result));
  await closeDb();
  // lib may hold other handles open (e.g. lib/db/health.ts's probe pool on PostgreSQL): don't wait for them.
  process.exit(0);
}

main().catch(async (err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  await closeDb().catch(() => {});
  process.exit(1);
});
