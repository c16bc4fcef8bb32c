'use server';

import { redirect } from 'next/navigation';
import { requireOrganizerForAction } from '@/lib/auth/guards';
import { refusalMessage } from '@/lib/auth/refusal';
import { formValues, readForm, type FormState } from '@/lib/form-state';
import { linkAlias, mergeSpeakers, savePersonEntry, SpeakerEditError, splitSpeaker } from '@/lib/speakers/mutations';

// The speaker registry's actions: guard, then the lib mutation (it
// authorizes again, validates, writes and runs afterPublicChange). Every
// answer keeps what was typed.

/** A known refusal or input problem as the form's message; anything else is a real fault. */
function failed(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof SpeakerEditError)
    return { fieldErrors: { [error.field === 'version' ? 'form' : error.field]: error.message, form: error.message }, values };
  const denied = refusalMessage(error);
  if (denied) return { fieldErrors: { form: denied }, values };
  throw error;
}

const PERSON_FIELDS = ['en', 'zh', 'aliases', 'homepage', 'github', 'version'];

/** Saves a database person (or makes a speaker page one). */
export async function savePersonAction(slug: string, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const values = formValues(form, PERSON_FIELDS);
  try {
    await savePersonEntry(user, {
      slug: String(slug),
      version: Number(values.version) || 0,
      names: { en: values.en, zh: values.zh },
      aliases: values.aliases
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean),
      links: { homepage: values.homepage.trim() || undefined, github: values.github.trim() || undefined },
    });
  } catch (error) {
    return failed(error, values);
  }
  redirect(`/admin/speakers/${encodeURIComponent(String(slug))}?saved=1`);
}

/** Merges the page named in the form into `into`. */
export async function mergeSpeakersAction(into: string, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const values = formValues(form, ['from']);
  try {
    await mergeSpeakers(user, { from: values.from.trim(), into: String(into) });
  } catch (error) {
    return failed(error, values);
  }
  redirect(`/admin/speakers/${encodeURIComponent(String(into))}?merged=${encodeURIComponent(values.from.trim())}`);
}

/** Splits the names ticked in the form off `slug` into a new person. */
export async function splitSpeakerAction(slug: string, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireOrganizerForAction();
  const values = formValues(form, ['newSlug']);
  const names = readForm(form)
    .getAll('names')
    .filter((n): n is string => typeof n === 'string')
    .slice(0, 50);
  try {
    await splitSpeaker(user, { slug: String(slug), names, newSlug: values.newSlug.trim() });
  } catch (error) {
    return failed(error, values);
  }
  redirect(`/admin/speakers/${encodeURIComponent(values.newSlug.trim())}?split=${encodeURIComponent(String(slug))}`);
}

/** Links a talk's name to a known person: the editor's suggestion, on the organizer's click only. */
export async function linkAliasAction(slug: string, name: string): Promise<FormState> {
  const user = await requireOrganizerForAction();
  try {
    await linkAlias(user, { slug: String(slug), name: String(name) });
  } catch (error) {
    return failed(error, {});
  }
  return { ok: true };
}
