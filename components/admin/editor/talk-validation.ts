import { isSafeUrl } from '@/lib/mdx/safe-url';
import type { TalkDraft } from '@/lib/recaps/talk-blocks';

/** A `"` would end the attribute value early; the panel types a closing curly quote instead. */
export const noStraightQuotes = (value: string) => value.replace(/"/g, '\u201d');

const NAME_OR_ROLE = /[;；()（）]/;
const AFFILIATION = /[;；()（）,，]/;

/** A talk's problems by field, as keys of `editor.talkErrors` (the form words them in the admin locale). */
export type TalkErrors = Record<string, 'title' | 'nameChars' | 'nameMissing' | 'roleChars' | 'firstName' | 'affiliationChars' | 'url' | 'summary'>;

/**
 * Checks what the `speakers="Name (Role, Affiliation); …"` format and the
 * MDX attribute syntax can represent, so a saved talk reads back the same.
 * Keys: title, speaker-<i>-name|role|affiliation, slides, video, summary.
 */
export function validateTalk(talk: TalkDraft): TalkErrors {
  const errors: TalkErrors = {};
  if (!talk.title.trim()) errors.title = 'title';
  talk.speakers.forEach((s, i) => {
    if (NAME_OR_ROLE.test(s.name)) errors[`speaker-${i}-name`] = 'nameChars';
    if (!s.name.trim() && (s.role.trim() || s.affiliation.trim())) errors[`speaker-${i}-name`] = 'nameMissing';
    if (NAME_OR_ROLE.test(s.role)) errors[`speaker-${i}-role`] = 'roleChars';
    if (!s.name.trim() && i === 0 && !talk.speakers.some((x) => x.name.trim())) errors[`speaker-${i}-name`] = 'firstName';
    if (AFFILIATION.test(s.affiliation)) errors[`speaker-${i}-affiliation`] = 'affiliationChars';
  });
  for (const key of ['slides', 'video'] as const) {
    const value = talk[key].trim();
    if (value && (!isSafeUrl(value) || /^(mailto:|#)/i.test(value))) errors[key] = 'url';
  }
  if (/<\/Talk\s*>/.test(talk.summary)) errors.summary = 'summary';
  return errors;
}
