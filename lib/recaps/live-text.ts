import { fieldsToStored, type RecapFields } from './editor-fields';

/** A recap's text as the editor holds it: form fields and MDX body. */
export interface RecapText {
  fields: RecapFields;
  body: string;
}

/**
 * Whether a working copy differs from the live text as they would be stored
 * (so tags typed "a,b" equal a stored "a, b"), the test behind "Published —
 * unpublished changes". Pure; the editor and the server page both call it.
 */
export function differsFromLive(live: RecapText, working: RecapText): boolean {
  return live.body !== working.body || stored(live.fields) !== stored(working.fields);
}

function stored(fields: RecapFields): string {
  const value = fieldsToStored(fields);
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map((k) => [k, value[k]]),
  );
}
