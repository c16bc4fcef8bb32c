import { isSafeUrl } from '@/lib/mdx/safe-url';
import type { TalkDraft } from '@/lib/recaps/talk-blocks';

/** A `"` would end the attribute value early; the panel types a closing curly quote instead. */
export const noStraightQuotes = (value: string) => value.replace(/"/g, '\u201d');

const NAME_OR_ROLE = /[;；()（）]/;
const AFFILIATION = /[;；()（）,，]/;

/**
 * Checks what the `speakers="Name (Role, Affiliation); …"` format and the
 * MDX attribute syntax can represent, so a saved talk reads back the same.
 * Keys: title, speaker-<i>-name|role|affiliation, slides, video, summary.
 */
export function validateTalk(talk: TalkDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!talk.title.trim()) errors.title = 'Enter the talk title.';
  talk.speakers.forEach((s, i) => {
    if (NAME_OR_ROLE.test(s.name)) errors[`speaker-${i}-name`] = 'A name cannot contain ; or parentheses.';
    if (!s.name.trim() && (s.role.trim() || s.affiliation.trim())) errors[`speaker-${i}-name`] = 'Enter a name, or remove this speaker.';
    if (NAME_OR_ROLE.test(s.role)) errors[`speaker-${i}-role`] = 'A role cannot contain ; or parentheses.';
    if (!s.name.trim() && i === 0 && !talk.speakers.some((x) => x.name.trim()))
      errors[`speaker-${i}-name`] = 'Enter the speaker’s name: a talk needs at least one.';
    if (AFFILIATION.test(s.affiliation)) errors[`speaker-${i}-affiliation`] = 'An affiliation cannot contain commas, ; or parentheses.';
  });
  for (const key of ['slides', 'video'] as const) {
    const value = talk[key].trim();
    if (value && (!isSafeUrl(value) || /^(mailto:|#)/i.test(value))) errors[key] = 'Enter a full https:// address or a site path starting with /.';
  }
  if (/<\/Talk\s*>/.test(talk.summary)) errors.summary = 'The summary cannot contain </Talk>.';
  return errors;
}
