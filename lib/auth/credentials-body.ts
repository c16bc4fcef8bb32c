/** A sign-in form is a few hundred bytes; anything much larger is refused unread. */
export const MAX_CREDENTIALS_BODY = 8 * 1024;

export type CredentialsBody = { ok: true; fields: Record<string, string> } | { ok: false; status: 400 | 413 | 415; error: string };

/**
 * Reads the sign-in POST the way next-auth will (JSON or form-urlencoded), so
 * the rate limit is keyed on exactly the values the password check sees.
 * Refuses what the two could read differently: a repeated field (next-auth
 * keeps the last, FormData the first), a non-string value, another content
 * type. The sign-in route only.
 */
export async function readCredentialsBody(request: Request): Promise<CredentialsBody> {
  const type = request.headers.get('content-type') ?? '';
  const isJson = type.includes('application/json');
  if (!isJson && !type.includes('application/x-www-form-urlencoded')) {
    return { ok: false, status: 415, error: 'Send the sign-in form as application/x-www-form-urlencoded.' };
  }
  const text = await readCapped(request, MAX_CREDENTIALS_BODY);
  if (text === null) return { ok: false, status: 413, error: 'The sign-in form is too large.' };
  const fields: Record<string, string> = {};
  if (isJson) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, status: 400, error: 'The sign-in form is not valid JSON.' };
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, status: 400, error: 'The sign-in form must be an object.' };
    for (const [key, v] of Object.entries(value)) {
      if (typeof v !== 'string') return { ok: false, status: 400, error: `The field "${key}" must be text.` };
      fields[key] = v;
    }
    return { ok: true, fields };
  }
  for (const [key, v] of new URLSearchParams(text)) {
    if (Object.hasOwn(fields, key)) return { ok: false, status: 400, error: `The field "${key}" was sent more than once.` };
    fields[key] = v;
  }
  return { ok: true, fields };
}

/** The body as text, or null once it passes `limit` bytes (stops reading there). */
async function readCapped(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
