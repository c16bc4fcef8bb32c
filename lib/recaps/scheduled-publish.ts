import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { listDueScheduled, markScheduledPublished, markScheduleRefused } from '@/lib/sql/recap-status';
import type { RecapRow } from '@/lib/sql/types';
import { fieldsFromStored } from './editor-fields';
import { checkPublishable, describeProblems } from './publish-gate';

export interface DueOutcome {
  /** Recaps this call published (another instance may have published others). */
  published: RecapRow[];
  /** Recaps whose text the gate refused this time; each is reported once per text. */
  refused: { slug: string; problem: string }[];
}

/**
 * Publishes the scheduled recaps that are due, each with its working copy as
 * it is now, but only through the publish gate. A refused recap stays
 * scheduled with the reason stored (shown in the admin) and is not looked at
 * again until its text changes or it is scheduled anew, so a broken recap
 * costs one check, not one per tick. The scheduler tick only (and tests).
 */
export async function publishDueRecaps(db: Kysely<Database>, now: Date): Promise<DueOutcome> {
  const outcome: DueOutcome = { published: [], refused: [] };
  for (const recap of await listDueScheduled(db, now)) {
    const review = await checkPublishable(fieldsFromStored(recap.frontMatter, recap.slug), recap.body, { publishedOn: now.toISOString().slice(0, 10) });
    const problems = describeProblems(review);
    if (problems.length === 0) {
      const published = await markScheduledPublished(db, recap.id, recap.version, now);
      if (published) outcome.published.push(published);
      continue;
    }
    // Over the compile budget (a busy machine, a crashed worker) says nothing final about the text: try again next tick.
    if (review.exceeded) {
      console.error(`[scheduler] "${recap.slug}" could not be checked this time (${review.exceeded}); retrying`);
      continue;
    }
    const problem = `Not published at the scheduled time. Fix these first: ${problems.join('; ')}`;
    if (await markScheduleRefused(db, recap.id, recap.version, problem)) outcome.refused.push({ slug: recap.slug, problem });
  }
  return outcome;
}
