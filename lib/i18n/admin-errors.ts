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
  /** Or the arguments computed from the match, when a capture is a phrase the catalog chooses by (ICU select). */
  values?: (match: RegExpExecArray) => Record<string, string | number>;
}

/** The actions InvalidTransitionError names (lib/sql), as keys of `editor.errors.transition`. */
const ACTIONS: Record<string, string> = { 'update the live page of': 'updateLive', 'discard the changes of': 'discard' };

/** The files an upload refuses (lib/media/sniff.ts), as keys of `editor.upload.refused`. */
const REFUSED_FILES: Record<string, string> = {
  'The file is empty.': 'empty',
  'GIF images are not accepted.': 'gif',
  'PDF files are not accepted.': 'pdf',
  'Compressed files (including .svgz) are not accepted.': 'compressed',
  'This video or container file is not accepted.': 'video',
  'This file is a web page (HTML), not an image.': 'html',
  'XML files are not accepted.': 'xml',
  'This file is text, not an image.': 'text',
  'This file type is not supported.': 'other',
};

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
  { pattern: /^published must be on or after the event date \(or mark the recap as an announcement\)$/, key: 'editor.errors.publishedAfterDate' },
  { pattern: /^updated must be on or after published$/, key: 'editor.errors.updatedAfterPublished' },
  { pattern: /^This recap no longer exists\.$/, key: 'editor.errors.noRecap' },
  { pattern: /^use lowercase letters, digits and single hyphens \(e\.g\. shenzhen-meetup-2024\)$/, key: 'editor.errors.slugFormat' },
  { pattern: /^a git-managed recap already uses this slug$/, key: 'editor.errors.slugGit' },
  { pattern: /^another recap already uses this slug$/, key: 'editor.errors.slugTaken' },
  { pattern: /^that recap no longer exists$/, key: 'editor.errors.fileGone' },
  { pattern: /^Choose a date and time\.$/, key: 'editor.errors.chooseTime' },
  { pattern: /^Your browser sent no time zone\. Reload the page and try again\.$/, key: 'editor.errors.noTimeZone' },
  { pattern: /^Choose a time in the future\.$/, key: 'editor.errors.future' },
  { pattern: /^Choose a time within the next five years\.$/, key: 'editor.errors.fiveYears' },
  { pattern: /^That revision does not belong to this recap\.$/, key: 'editor.errors.revisionElsewhere' },
  { pattern: /^Someone saved this recap meanwhile\. Reload the history and try again\.$/, key: 'editor.errors.restoreConflict' },
  { pattern: /^recap (\d+) not found$/, key: 'editor.errors.notFound', args: ['id'] },
  { pattern: /^Cannot schedule a recap that is (\w+): the time must be in the future$/, key: 'editor.errors.transitionPast', args: ['from'] },
  {
    pattern: /^Cannot (.+?) a recap that is (\w+)$/,
    key: 'editor.errors.transition',
    values: (m) => ({ action: ACTIONS[m[1]] ?? m[1], from: m[2] }),
  },
  // lib/recaps/schema.ts: the event's fields and the rules between them (eventRules), each naming its field.
  {
    pattern: /^(\w+): (.+?) does not exist on (.+?) in (.+?) \(the clocks skip it for daylight saving time\); choose another time$/,
    key: 'editor.event.errors.skippedTime',
    args: ['field', 'time', 'date', 'zone'],
  },
  { pattern: /^end: give the end time with the start \(HH:MM\)$/, key: 'editor.event.errors.endWithStart' },
  { pattern: /^start: give the start time with the end \(HH:MM\)$/, key: 'editor.event.errors.startWithEnd' },
  { pattern: /^endDate: the event ends \((.+?)\) before it starts \((.+?)\)$/, key: 'editor.event.errors.endDateBefore', args: ['endDate', 'date'] },
  {
    pattern: /^end: the event ends \((.+?)\) before or when it starts \((.+?)\); an event past midnight needs an endDate$/,
    key: 'editor.event.errors.endBeforeStart',
    args: ['end', 'start'],
  },
  { pattern: /^previousDate: give the date the previous start time was on$/, key: 'editor.event.errors.previousDateForStart' },
  { pattern: /^previousDate: a rescheduled event keeps the date it had before; give it \(YYYY-MM-DD\)$/, key: 'editor.event.errors.rescheduledNeedsDate' },
  { pattern: /^date: a rescheduled event needs its new date or start time$/, key: 'editor.event.errors.rescheduledNeedsChange' },
  {
    pattern: /^eventStatus: previousDate is for a rescheduled event; set eventStatus to "rescheduled" or remove it$/,
    key: 'editor.event.errors.previousDateNotRescheduled',
  },
  { pattern: /^onlineUrl: an event held online needs the link where people join \(http or https\)$/, key: 'editor.event.errors.onlineNeedsUrl' },
  { pattern: /^seriesName: name the series this event belongs to$/, key: 'editor.event.errors.seriesNeedsName' },
  { pattern: /^series: give the series a key, e\.g\. "cloud-native-practice"$/, key: 'editor.event.errors.seriesNeedsKey' },
  { pattern: /^seriesStop is a whole number from 1 to 999, e\.g\. 3$/, key: 'editor.event.errors.seriesStop' },
  { pattern: /^series is lowercase letters, digits and single hyphens, e\.g\. "cloud-native-practice"$/, key: 'editor.event.errors.seriesFormat' },
  {
    pattern: /^timeZone must be an IANA time zone, e\.g\. "Asia\/Shanghai", "Europe\/Berlin" or "America\/New_York"$/,
    key: 'editor.event.errors.unknownZone',
  },
  { pattern: /^(\w+) must be an http\(s\) URL, e\.g\. "https:\/\/example\.com\/register"$/, key: 'editor.event.errors.httpUrl', args: ['field'] },
  { pattern: /^(\w+) must be a time written HH:MM \(24-hour\), e\.g\. "14:00"$/, key: 'editor.event.errors.clockTime', args: ['field'] },
  { pattern: /^attendance must be "in-person", "online" or "mixed"$/, key: 'editor.event.errors.attendanceValue' },
  {
    pattern: /^eventStatus must be "scheduled", "cancelled", "postponed", "rescheduled" or "moved-online"$/,
    key: 'editor.event.errors.statusValue',
  },
  { pattern: /^(\w+): must be a date written YYYY-MM-DD$/, key: 'editor.event.errors.fieldDateFormat', args: ['field'] },
  { pattern: /^(\w+): is not a real calendar date$/, key: 'editor.event.errors.fieldNotRealDate', args: ['field'] },
  {
    pattern: /^date: the event \((.+?)\) is after the day this recap goes live \((.+?)\); mark it as an announcement, or publish on or after the event$/,
    key: 'editor.event.errors.dateAfterLive',
    args: ['date', 'publishedOn'],
  },
  { pattern: /^The live page was not updated: confirm the change of time, place or status first\.$/, key: 'admin.eventChange.refused' },
  // lib/media and /api/media: what an upload says when it refuses a file.
  { pattern: /^Send the image as multipart\/form-data in a field named file\.$/, key: 'editor.upload.formHint' },
  { pattern: /^The image is larger than 10 MB\. Export it at a smaller size and try again\.$/, key: 'editor.upload.tooLarge' },
  { pattern: /^The upload was interrupted\. Try again\.$/, key: 'editor.upload.interrupted' },
  { pattern: /^The image could not be read: it looks damaged or incomplete\. Export it again and retry\.$/, key: 'editor.upload.broken' },
  { pattern: /^The image is larger than 10 MB after processing\. Export it at a smaller size or as JPEG and try again\.$/, key: 'editor.upload.tooLargeAfter' },
  {
    pattern: /^The image is (\d+)×(\d+) pixels; the limit is 50 megapixels\. Scale it down and try again\.$/,
    key: 'editor.upload.megapixels',
    args: ['width', 'height'],
  },
  { pattern: /^SVG images are not accepted: they can carry scripts\. Export a PNG instead\.$/, key: 'editor.upload.svg' },
  { pattern: /^HEIC photos are not accepted\. Export the photo as JPEG and try again\.$/, key: 'editor.upload.heic' },
  {
    pattern: /^(.+?) Upload a JPEG, PNG, WebP or AVIF image\.$/,
    key: 'editor.upload.refused',
    values: (m) => ({ kind: REFUSED_FILES[m[1]] ?? 'other' }),
  },
];

/** For the test: every known sentence and its key. */
export const KNOWN_MESSAGES: readonly Known[] = KNOWN;

/** One lib sentence in `locale`; unchanged in English or when it is not a known one. */
export function localizeMessage(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  for (const known of KNOWN) {
    const match = known.pattern.exec(message);
    if (!match) continue;
    const values = known.values
      ? known.values(match)
      : Object.fromEntries((known.args ?? []).map((name, i) => [name, /^\d+$/.test(match[i + 1]) ? Number(match[i + 1]) : match[i + 1]]));
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
