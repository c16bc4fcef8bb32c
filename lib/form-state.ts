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

/** Reads string fields from FormData; files and repeated keys are ignored. Secrets are never echoed back. */
export function formValues(form: FormData, keys: string[], secret: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = form.get(key);
    values[key] = typeof value === 'string' && !secret.includes(key) ? value.slice(0, 10_000) : '';
  }
  return values;
}

export function zodErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? 'form')] ??= issue.message;
  return out;
}
