import type { RecapFields } from './editor-fields';

/**
 * The publication date a database recap's text is checked and shown with
 * (front matter `published`): its first publication, else the day it goes
 * live (`goesLive`, YYYY-MM-DD).
 *
 * An event is published first as its announcement, before it takes place; its
 * recap is written later on the same page (the same row, so the same first
 * publication). A recap, unlike an announcement, may not go live before its
 * event (the schema's rule), so once the text is no longer an announcement it
 * counts as published on the event's day at the earliest: the day its recap
 * could first go live. Before the event, the day it would go live is kept,
 * and the gate refuses it with the usual message ("mark it as an
 * announcement, or publish on or after the event").
 *
 * Only for a page that went live before its event (`announced`: the live
 * text's date is after the first publication): a recap published after its
 * event whose date is then moved later is still refused, as a likely typo.
 *
 * Public reads pass no `goesLive`: the text is live already and passed the
 * gate, so it must keep passing (a live page never breaks).
 */
export function publicationDate(
  firstPublished: string | null | undefined,
  fields: Pick<RecapFields, 'date' | 'announcement'>,
  goesLive?: string,
  announced = goesLive === undefined,
): string {
  const first = firstPublished?.slice(0, 10);
  if (!first) return goesLive ?? new Date().toISOString().slice(0, 10);
  if (!announced || fields.announcement === 'true' || !fields.date || first >= fields.date) return first;
  return goesLive !== undefined && goesLive < fields.date ? goesLive : fields.date;
}
