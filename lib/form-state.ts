import type { z } from 'zod';

/** What a form's server action returns: field errors, and the values to put back so nothing typed is lost. */
export interface FormState {
  fieldErrors?: Record<string, string>;
  message?: string;
  values?: Record<string, string>;
  ok?: boolean;
  /** Extra data for the form to show (an invite link, for instance). */
  result?: string;
}

/**
 * The action's form argument as FormData. A server action can be called
 * directly with anything (or nothing) as its arguments; what is not FormData
 * reads as an empty form, so the action answers with field errors, not a 500.
 */
export function readForm(form: unknown): FormData {
  return form instanceof FormData ? form : new FormData();
}

/** Reads string fields from FormData; files and repeated keys are ignored. Secrets are never echoed back. */
export function formValues(form: unknown, keys: string[], secret: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = readForm(form).get(key);
    values[key] = typeof value === 'string' && !secret.includes(key) ? value.slice(0, 10_000) : '';
  }
  return values;
}

export function zodErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? 'form')] ??= issue.message;
  return out;
}
