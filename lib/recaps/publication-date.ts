import type { RecapFields } from './editor-fields';

/**
 * The publication date a database recap's text is checked with (front matter
 * `published`): its first publication, else the day it goes live
 * (`goesLive`, YYYY-MM-DD, in the event's zone).
 *
 * An event is published first as its announcement, before it takes place; its
 * recap is written later on the same page (the same row). A recap, unlike an
 * announcement, may not go live before its event (the schema's rule), so the
 * update that turns the announcement into its recap publishes it anew: it is
 * checked with the day it goes live, and that day becomes its publication
 * (`republish`, lib/sql/recap-live.ts), which public reads then check it with.
 * Before the event the gate refuses it with the usual message ("mark it as an
 * announcement, or publish on or after the event").
 */
export function publicationDate(firstPublished: string | null | undefined, goesLive: string, writesRecap: boolean): string {
  const first = firstPublished?.slice(0, 10);
  return first && !writesRecap ? first : goesLive;
}

/** Whether a working copy turns the live announcement into its recap. */
export function writesRecap(live: Pick<RecapFields, 'announcement'> | null, working: Pick<RecapFields, 'announcement'>): boolean {
  return live?.announcement === 'true' && working.announcement !== 'true';
}
