import 'server-only';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db/ready';
import { compileDraftBody } from './compile-cache';
import type { Diagnostic } from '@/lib/mdx/diagnostic';
import type { RecapRow, User } from '@/lib/sql/types';
import { insertDraft, getRecapById, getRecapBySlug } from '@/lib/sql/recaps';
import { writeWorkingCopy } from '@/lib/sql/recap-save';
import { copyLiveToWorking, copyWorkingToLive } from '@/lib/sql/recap-live';
import { deleteDraftRow, markPublished, markScheduled, markUnpublished } from '@/lib/sql/recap-status';
import { InvalidTransitionError, NotFoundError, SlugTakenError, StaleVersionError } from '@/lib/sql/errors';
import { checkPublishable } from './publish-gate';
import { checkRecap } from './validation-gate';
import { fieldsFromStored, fieldsToStored, validateFields, type RecapFields } from './editor-fields';
import { env } from '@/lib/env';
import { eventFactsOf } from '@/lib/events/event-facts';
import { eventChanges, type EventChange } from '@/lib/events/event-changes';
import { afterPublicChange } from './after-public-change';
import { isGitManagedSlug } from './public-reads';
import { isValidSlug } from './slug';
import { translationLocaleProblem } from './translation-versions';
import { publicationDate, writesRecap } from './publication-date';
import { now } from '@/lib/events/clock';
import { isTimeZone, localDay } from '@/lib/events/zoned-time';

// Every mutation here takes the already-authorized user and re-checks what
// it may do, first (authorize, lib/auth/policy.ts): these are the real
// boundary, the actions only call them.

/**
 * The live event's time, place or status would change and the organizer has
 * not confirmed it yet (issue 12): calendar subscribers get every such change.
 * Carries what they will see; nothing public changed.
 */
export class EventChangeNotConfirmedError extends Error {
  constructor(readonly changes: EventChange[]) {
    super('The live page was not updated: confirm the change of time, place or status first.');
  }
}

export class RecapInputError extends Error {
  constructor(
    readonly fieldErrors: Record<string, string>,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(Object.values(fieldErrors)[0] ?? diagnostics[0]?.message ?? 'invalid recap');
  }
}

/** A slug problem in words, or null: format, and unique across files and the database. */
export async function slugProblem(slug: string, exceptId?: number): Promise<string | null> {
  if (!isValidSlug(slug)) return 'use lowercase letters, digits and single hyphens (e.g. shenzhen-meetup-2024)';
  if (await isGitManagedSlug(slug)) return 'a git-managed recap already uses this slug';
  const existing = await getRecapBySlug(await db(), slug);
  if (existing && existing.id !== exceptId) return 'another recap already uses this slug';
  return null;
}

/** Creates an empty draft; organizers and admins. */
export async function createRecapDraft(user: User, fields: RecapFields, body: string) {
  authorize(user, 'recap.edit');
  const problem = await slugProblem(fields.slug);
  if (problem) throw new RecapInputError({ slug: problem });
  try {
    return await insertDraft(await db(), { slug: fields.slug, frontMatter: fieldsToStored(fields), body, actorId: user.id, now: new Date() });
  } catch (error) {
    if (error instanceof SlugTakenError) throw new RecapInputError({ slug: 'another recap already uses this slug' });
    throw error;
  }
}

/**
 * Problems that would stop publishing on `publishedOn` (today by default):
 * the validation gate's (lib/recaps/validation-gate.ts), front matter fields
 * and MDX diagnostics, including "too complex to render" when the body
 * exceeds the compile budget. The body is compiled off the request thread
 * through the editor's cache (compileDraftBody); a draft saves regardless.
 */
export async function reviewDraft(
  fields: RecapFields,
  body: string,
  publishedOn?: string,
): Promise<{ fieldErrors: Record<string, string>; diagnostics: Diagnostic[] }> {
  const { fieldErrors, diagnostics } = await checkRecap({ source: 'db', fields, body, publishedOn }, { compile: compileDraftBody });
  return { fieldErrors, diagnostics };
}

/**
 * Saves the editor's text into the working copy, against the version it was
 * based on. A changed slug that is invalid or taken is reported and the rest
 * still saves. Never changes the public site, whatever the status: a
 * published recap's live text changes only through updateLivePage.
 */
export async function saveRecapDraft(user: User, id: number, input: { baseVersion: number; startedFrom?: number; fields: RecapFields; body: string }) {
  authorize(user, 'recap.edit');
  const database = await db();
  const current = await getRecapById(database, id);
  if (!current) return { kind: 'missing' as const };
  const review = await reviewDraft(input.fields, input.body, goesLiveOn(current, undefined, input.fields));
  let slug: string | undefined;
  if (input.fields.slug !== current.slug) {
    const problem =
      current.status === 'draft' ? await slugProblem(input.fields.slug, id) : 'the slug of a published or scheduled recap cannot change; unpublish it first';
    if (problem) review.fieldErrors.slug = problem;
    else slug = input.fields.slug;
  }
  // A linked version moved to a language its event has already: said at once, saved anyway, refused at publishing.
  const localeProblem = await translationLocaleProblem(current, input.fields.locale);
  if (localeProblem) review.fieldErrors.locale ??= localeProblem;
  const result = await writeWorkingCopy(database, {
    id,
    baseVersion: input.baseVersion,
    startedFrom: input.startedFrom,
    frontMatter: fieldsToStored(input.fields),
    body: input.body,
    slug,
    actorId: user.id,
    now: new Date(),
  });
  return { kind: 'saved' as const, result, ...review };
}

/**
 * Runs the publish gate on a recap's working copy as stored (at `baseVersion`
 * when given: the text the organizer saw). Throws RecapInputError listing
 * every problem, StaleVersionError when the stored text is not the one seen.
 * Checked with the day it goes live (goesLiveOn), the date public reads check it with too.
 */
async function publishable(id: number, baseVersion?: number, at?: Date) {
  const recap = await getRecapById(await db(), id);
  if (!recap) throw new NotFoundError('recap', id);
  if (baseVersion !== undefined && recap.version !== baseVersion) throw new StaleVersionError(id, baseVersion, recap.version);
  const fields = fieldsFromStored(recap.frontMatter, recap.slug);
  const review = await checkPublishable(fields, recap.body, { publishedOn: goesLiveOn(recap, at) });
  const localeProblem = await translationLocaleProblem(recap, fields.locale);
  if (localeProblem) review.fieldErrors.locale ??= localeProblem;
  if (Object.keys(review.fieldErrors).length || review.diagnostics.length) throw new RecapInputError(review.fieldErrors, review.diagnostics);
  return recap;
}

/**
 * The publication date a recap's text is checked with, the one public reads
 * (db-recaps.ts) use: a published recap keeps its own, anything else goes
 * live at `at` (a schedule) or today.
 */
function goesLiveOn(recap: RecapRow, at?: Date, fields: RecapFields = fieldsFromStored(recap.frontMatter, recap.slug)): string {
  // The site clock (lib/events/clock.ts), which also decides when the event took place, and the
  // day in the event's own zone: its date is local there (an Auckland morning is the previous day in UTC).
  const zone = isTimeZone(fields.timeZone) ? fields.timeZone : env.siteTimeZone;
  const day = localDay(at ?? now(), zone);
  const first = recap.status === 'published' ? recap.publishedAt : null;
  return publicationDate(first, day, recapOverAnnouncement(recap, fields));
}

/** Whether `fields` turn the recap's live announcement into its recap: published anew, on the day it goes live. */
function recapOverAnnouncement(recap: RecapRow, fields: RecapFields): boolean {
  return recap.status === 'published' && writesRecap(recap.live ? fieldsFromStored(recap.live.frontMatter, recap.slug) : null, fields);
}

/** Publishes a valid draft now: its working copy, through the publish gate, becomes the live text. */
export async function publishRecap(user: User, id: number) {
  authorize(user, 'recap.publish');
  const checked = await publishable(id);
  const recap = await markPublished(await db(), id, checked.version, user.id, now());
  await afterPublicChange([id]);
  return recap;
}

/**
 * Makes a published recap's working copy, as the organizer saw it at
 * `baseVersion`, its live text: through the publish gate (RecapInputError
 * with every problem; nothing public changes), then one conditional write
 * (StaleVersionError if someone saved since), then the after-change function
 * (read model, search index, expired pages). A change of the event's time,
 * place or status is refused with EventChangeNotConfirmedError (what
 * subscribers will see) unless `confirmEventChange`. Organizers and admins.
 */
export async function updateLivePage(user: User, id: number, baseVersion: number, options: { confirmEventChange?: boolean } = {}) {
  authorize(user, 'recap.publish');
  const checked = await publishable(id, baseVersion);
  if (checked.status !== 'published') throw new InvalidTransitionError('update the live page of', checked.status);
  if (!options.confirmEventChange) {
    const changes = liveEventChanges(checked);
    if (changes.length) throw new EventChangeNotConfirmedError(changes);
  }
  // The recap written over its announcement is published now: its publication date is today's (publication-date.ts).
  const republish = recapOverAnnouncement(checked, fieldsFromStored(checked.frontMatter, checked.slug));
  const recap = await copyWorkingToLive(await db(), { id, baseVersion, now: now(), republish });
  await afterPublicChange([id]);
  return recap;
}

/**
 * How the event of the working copy differs from the live one in time, place
 * or status (eventFingerprint). A live text that no longer validates has no
 * facts to compare: updating it needs no confirmation (the page shows its last good version).
 */
function liveEventChanges(recap: RecapRow): EventChange[] {
  if (!recap.live) return [];
  const liveFields = fieldsFromStored(recap.live.frontMatter, recap.slug);
  const workingFields = fieldsFromStored(recap.frontMatter, recap.slug);
  const before = validateFields(liveFields, goesLiveOn(recap, undefined, liveFields));
  const after = validateFields(workingFields, goesLiveOn(recap, undefined, workingFields));
  if (!before.ok || !after.ok) return [];
  return eventChanges(eventFactsOf(before.data, env.siteTimeZone), eventFactsOf(after.data, env.siteTimeZone));
}

/**
 * Puts a published recap's live text back into its working copy (a new
 * version and revision, so nothing is lost), if the working copy is still at
 * `baseVersion`. Nothing public changes. Organizers and admins.
 */
export async function discardRecapChanges(user: User, id: number, baseVersion: number) {
  authorize(user, 'recap.edit');
  return copyLiveToWorking(await db(), { id, baseVersion, actorId: user.id, now: new Date() });
}

/** Schedules a valid draft; the scheduler publishes it on time, through the gate again with the text it has then. */
export async function scheduleRecap(user: User, id: number, at: Date) {
  authorize(user, 'recap.publish');
  await publishable(id, undefined, at);
  return markScheduled(await db(), id, at, user.id, new Date());
}

/** Takes a recap off the site; it becomes a draft again and its page answers 404. */
export async function unpublishRecap(user: User, id: number) {
  authorize(user, 'recap.publish');
  const recap = await markUnpublished(await db(), id, user.id, now());
  await afterPublicChange([id]);
  return recap;
}

/** Deletes a draft (never a published or scheduled recap): nothing public changes, so no page is expired. */
export async function deleteRecapDraft(user: User, id: number) {
  authorize(user, 'recap.edit');
  await deleteDraftRow(await db(), id);
}
