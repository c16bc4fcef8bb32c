// Replaying server actions as an attacker would: the action id from the
// build's manifest, the arguments encoded the way React's client encodes
// them (encodeReply), no UI. Used by e2e/admin/security.spec.ts and
// e2e/admin/account.spec.ts.
import fs from 'node:fs';
import path from 'node:path';

/**
 * An argument the browser sends as FormData (a form action's second
 * argument). Sent as plain JSON it would reach the action as an object, which
 * reads as an empty form: the replay would prove nothing.
 */
export class FormFields {
  constructor(readonly fields: Record<string, string>) {}
}

/**
 * The body Next's client posts for a server action called with `args`: JSON
 * as text/plain, or, when an argument is FormFields, multipart with the model
 * in part `0` and each form's fields as `_<part>_<name>` (React's encodeReply,
 * which refers to a form as `$K<part in hex>`).
 */
export function actionBody(args: unknown[]): { headers: Record<string, string>; data: string } | { headers: Record<string, string>; multipart: FormData } {
  if (!args.some((arg) => arg instanceof FormFields)) return { headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, data: JSON.stringify(args) };
  // A FormData, not an object: the parts must arrive in this order (an object would put the integer-like `0` first,
  // and Next's streaming decoder resolves `$K1` as soon as part 0 arrives, before the fields it refers to).
  const multipart = new FormData();
  let part = 0;
  const model = args.map((arg) => {
    if (!(arg instanceof FormFields)) return arg;
    part += 1;
    for (const [name, value] of Object.entries(arg.fields)) multipart.append(`_${part}_${name}`, value);
    return `$K${part.toString(16)}`;
  });
  multipart.append('0', JSON.stringify(model));
  return { headers: {}, multipart };
}

/** The id of a server action exported as `name` from `filename` (relative to the repository), read from the build. */
export function serverActionId(filename: string, name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === name);
  if (!found) throw new Error(`no server action ${name} in ${filename} in the build's manifest`);
  return found[0];
}
