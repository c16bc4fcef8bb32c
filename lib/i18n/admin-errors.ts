import { createTranslator } from 'next-intl';
import type { FormState } from '@/lib/form-state';
import type { Locale } from './locales';
import { messagesFor } from './messages';

/**
 * The sentences lib answers with (zod schemas, UserInputError, refusals) are
 * written in English, like `content:check`; the admin's server actions
 * translate them here, at their boundary, into the admin locale. Each known
 * sentence is a pattern over the English and a catalog key whose English
 * says the same (admin-errors.test.ts checks both ways). A sentence not
 * listed stays English: readable, never a key.
 */
interface Known {
  pattern: RegExp;
  key: string;
  /** Names of the pattern's captures, as ICU arguments (digits become numbers). */
  args?: string[];
}

const KNOWN: Known[] = [
  { pattern: /^This email address is too long\.$/, key: 'auth.errors.emailTooLong' },
  { pattern: /^Enter a valid email address, like name@example\.com\.$/, key: 'auth.errors.emailInvalid' },
  { pattern: /^Use at least (\d+) characters\.$/, key: 'auth.errors.atLeast', args: ['min'] },
  { pattern: /^Use at most (\d+) characters\.$/, key: 'auth.errors.atMost', args: ['max'] },
  { pattern: /^Enter your name\.$/, key: 'auth.errors.enterName' },
  { pattern: /^The two passwords do not match\.$/, key: 'auth.errors.passwordsDiffer' },
  { pattern: /^Choose a role\.$/, key: 'auth.errors.chooseRole' },
  { pattern: /^Enter your current password\.$/, key: 'auth.errors.enterCurrent' },
  { pattern: /^That is not your current password\.$/, key: 'auth.errors.wrongCurrent' },
  { pattern: /^Choose a new password that differs from your current one\.$/, key: 'auth.errors.sameAsCurrent' },
  { pattern: /^This person already has an account\.$/, key: 'auth.errors.hasAccount' },
  { pattern: /^This invite was already used, revoked or expired\. Reload the page\.$/, key: 'auth.errors.inviteGone' },
  { pattern: /^This invite link has expired or was already used\. Ask an admin for a new one\.$/, key: 'auth.errors.inviteExpired' },
  { pattern: /^An account with this email already exists\. Sign in instead\.$/, key: 'auth.errors.emailTaken' },
  { pattern: /^You cannot deactivate yourself\.$/, key: 'auth.errors.notYourself' },
  { pattern: /^That person no longer exists\. Reload the page\.$/, key: 'auth.errors.personGone' },
  { pattern: /^Setup is already complete\. Sign in instead\.$/, key: 'auth.errors.setupDone' },
  { pattern: /^This account signs in with GitHub and has no password to change\.$/, key: 'auth.errors.githubNoPassword' },
  { pattern: /^Too many wrong passwords\. Wait (\d+) minutes? and try again\.$/, key: 'auth.errors.tooManyWrong', args: ['minutes'] },
  { pattern: /^Choose a language from the list\.$/, key: 'auth.errors.chooseLanguage' },
  { pattern: /^Only organizers and admins can do this\.$/, key: 'auth.errors.editorsOnly' },
  { pattern: /^Only admins manage people\.$/, key: 'auth.errors.adminsOnly' },
  { pattern: /^This account is deactivated\. Ask an admin to reactivate it\.$/, key: 'auth.errors.deactivated' },
  { pattern: /^Sign in again to continue\.$/, key: 'auth.errors.signInAgain' },
  // lib/recaps: the new recap form, and the editor's fields (the front matter schema content:check shares).
  { pattern: /^Enter a title\.$/, key: 'editor.errors.enterTitle' },
  { pattern: /^Enter a slug\.$/, key: 'editor.errors.enterSlug' },
  { pattern: /^Enter the event date\.$/, key: 'editor.errors.enterDate' },
  { pattern: /^Choose a language\.$/, key: 'editor.errors.chooseLanguage' },
  { pattern: /^must be a date written YYYY-MM-DD$/, key: 'editor.errors.dateFormat' },
  { pattern: /^is not a real calendar date$/, key: 'editor.errors.notRealDate' },
  { pattern: /^tags cannot be empty$/, key: 'editor.errors.emptyTag' },
  { pattern: /^a tag has at most (\d+) characters$/, key: 'editor.errors.tagMax', args: ['max'] },
  { pattern: /^a tag holds letters, digits, spaces, dots, \+, # and -$/, key: 'editor.errors.tagChars' },
  { pattern: /^must be a site-relative path \(\/\.\.\. but not \/\/ or \/\\\) or an http\(s\) URL$/, key: 'editor.errors.coverPath' },
  { pattern: /^description has at most (\d+) characters \(it is used for meta tags\)$/, key: 'editor.errors.descriptionMax', args: ['max'] },
  { pattern: /^(\w+) is required$/, key: 'editor.errors.required', args: ['field'] },
  { pattern: /^(\w+) must be text$/, key: 'editor.errors.mustBeText', args: ['field'] },
  { pattern: /^(\w+) has at most (\d+) characters$/, key: 'editor.errors.maxChars', args: ['field', 'max'] },
  { pattern: /^description is plain text: no < or >$/, key: 'editor.errors.descriptionPlain' },
  { pattern: /^at most (\d+) tags$/, key: 'editor.errors.maxTags', args: ['max'] },
  { pattern: /^locale must be "en" or "zh"$/, key: 'editor.errors.localeValue' },
  { pattern: /^published must be on or after the event date$/, key: 'editor.errors.publishedAfterDate' },
  { pattern: /^updated must be on or after published$/, key: 'editor.errors.updatedAfterPublished' },
  { pattern: /^This recap no longer exists\.$/, key: 'editor.errors.noRecap' },
];

/** For the test: every known sentence and its key. */
export const KNOWN_MESSAGES: readonly Known[] = KNOWN;

/** One lib sentence in `locale`; unchanged in English or when it is not a known one. */
export function localizeMessage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  for (const known of KNOWN) {
    const match = known.pattern.exec(message);
    if (!match) continue;
    const values = Object.fromEntries((known.args ?? []).map((name, i) => [name, /^\d+$/.test(match[i + 1]) ? Number(match[i + 1]) : match[i + 1]]));
    const t = createTranslator({ locale, messages: messagesFor(locale) });
    return (t as unknown as (key: string, values: Record<string, number | string>) => string)(known.key, values);
  }
  return message;
}

/** Field errors (field → sentence) in `locale`. */
export function localizeErrors(errors: Record<string, string>, locale: Locale): Record<string, string> {
  if (locale === 'en') return errors;
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, localizeMessage(v, locale)]));
}

/** A server action's answer with its sentences (field errors, message, problems) in `locale`. */
export function localizeFormState<S extends FormState & { problems?: string[] }>(state: S, locale: Locale): S {
  if (locale === 'en') return state;
  const out: S = { ...state };
  if (state.fieldErrors) out.fieldErrors = localizeErrors(state.fieldErrors, locale);
  if (state.message) out.message = localizeMessage(state.message, locale);
  if (state.problems) out.problems = state.problems.map((p) => localizeMessage(p, locale));
  return out;
}
