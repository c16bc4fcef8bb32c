import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { eventFactsOf } from '@/lib/events/event-facts';
import { getLiveSnapshot, saveLiveSnapshot, setLiveProblem } from '@/lib/sql/recap-live';
import type { RecapRow } from '@/lib/sql/types';
import { fieldsFromStored } from './editor-fields';
import { plainTextStandIn } from './plain-text-stand-in';
import { checkRecap, describeProblems } from './validation-gate';
import type { Recap } from './types';

// Database recaps as the public site shows them: their LIVE text (never the
// working copy), compiled by the same pipeline as files. Compiled when the
// recap goes live or changes (lib/recaps/after-public-change.ts) and when the
// read model lacks it (lib/recaps/read-model-sync.ts), never to serve a page:
// pages read the stored result (lib/recaps/public-reads.ts).
//
// A live recap is never hidden by its own text: the live text passed the
// publish gate when it went live, but a rule may tighten later (an upgrade)
// or a row be edited by hand. Then the last version that compiled is served
// instead, and the recap is flagged (`live_problem`, shown in the admin) and
// logged until someone fixes it. That last good version is the JSON snapshot
// kept in the row (written the first time each live version compiles, so it
// survives a restart and is shared by every instance), else its text as
// plain paragraphs. Only a recap whose front matter no longer validates is
// left out.

export interface LiveRecap {
  recap: Recap | null;
  /** A stand-in for a text the compile budget could not check this time: to be compiled again later. */
  provisional: boolean;
}

/** One published recap's public form, compiled from its live text now (see above). lib/recaps only. */
export async function compileLiveRecap(db: Kysely<Database>, row: RecapRow): Promise<LiveRecap> {
  const result = await compileLive(db, row);
  // The translation key is the row's, not the text's: adding a translation links a live recap without a new version.
  if (result.recap && row.translationKey) result.recap = { ...result.recap, translationKey: row.translationKey };
  return result;
}

async function compileLive(db: Kysely<Database>, row: RecapRow): Promise<LiveRecap> {
  const live = row.live;
  if (!live) return { recap: null, provisional: false };
  const compiled = await compile(row);
  if (compiled.ok) {
    await keep(row, () => (row.liveProblem !== null ? setLiveProblem(db, row.id, live.version, null) : undefined));
    if (row.liveSnapshotVersion !== live.version) await keep(row, () => saveLiveSnapshot(db, row.id, live.version, JSON.stringify(compiled.recap)));
    return { recap: compiled.recap, provisional: false };
  }
  if (compiled.transient) {
    // Over the time budget on a busy server: serve the last good version without flagging the text.
    console.error(`[recaps] live recap "${row.slug}": ${compiled.problem}; serving its last good version for now`);
    return { recap: (await snapshot(db, row)) ?? plainTextStandIn(row), provisional: true };
  }
  const problem = `The live page no longer validates, so its last good version is shown: ${compiled.problem}`;
  console.error(`[recaps] live recap "${row.slug}": ${compiled.problem}; serving its last good version`);
  await keep(row, () => setLiveProblem(db, row.id, live.version, problem));
  const fallback = (await snapshot(db, row)) ?? plainTextStandIn(row);
  if (!fallback) console.error(`[recaps] live recap "${row.slug}" has no version that compiled and is left out`);
  return { recap: fallback, provisional: false };
}

async function snapshot(db: Kysely<Database>, row: RecapRow): Promise<Recap | null> {
  try {
    const kept = await getLiveSnapshot(db, row.id);
    if (!kept) return null;
    const recap = JSON.parse(kept.json) as Omit<Recap, 'event'> & { event?: Recap['event'] };
    // A snapshot kept before events existed (0009-events) has no event: its date, city and venue give it one.
    return { ...recap, event: recap.event ?? eventFactsOf(recap, env.siteTimeZone) };
  } catch (error) {
    console.error(`[recaps] reading the last good version of "${row.slug}" failed:`, error instanceof Error ? error.message : error);
    return null;
  }
}

// Bookkeeping writes must never fail a public read (the database may be read-only or going down).
async function keep(row: RecapRow, write: () => Promise<void> | undefined): Promise<void> {
  try {
    await write();
  } catch (error) {
    console.error(`[recaps] recording the live state of "${row.slug}" failed:`, error instanceof Error ? error.message : error);
  }
}

// "Validates" means what the validation gate means (lib/recaps/validation-gate.ts),
// checked with the recap's own publication date: a live text that would no
// longer be let through is replaced by its last good version.
async function compile(row: RecapRow): Promise<{ ok: true; recap: Recap } | { ok: false; problem: string; transient: boolean }> {
  const live = row.live!;
  const fields = fieldsFromStored(live.frontMatter, row.slug);
  // The date the mutations checked it with (lib/recaps/publication-date.ts).
  const publishedOn = (row.publishedAt ?? live.updatedAt).slice(0, 10);
  const checked = await checkRecap({ source: 'db', fields, body: live.body, publishedOn });
  if (!checked.ok || !checked.frontMatter || !checked.body) {
    // A body refused for time on a busy server may pass on the next read: not a problem of the text.
    return { ok: false, problem: describeProblems(checked).join('; '), transient: checked.exceeded !== undefined };
  }
  const updated = live.updatedAt > (row.publishedAt ?? '') ? live.updatedAt : (row.publishedAt ?? live.updatedAt);
  return {
    ok: true,
    recap: {
      ...checked.frontMatter,
      updated: updated.slice(0, 10),
      slug: row.slug,
      talks: checked.body.talks,
      tree: checked.body.tree,
      hast: checked.body.hast,
      lastModified: updated,
      source: 'db',
      event: eventFactsOf(checked.frontMatter, env.siteTimeZone),
    },
  };
}
