import { requireOrganizerForApi } from '@/lib/auth/guards';
import { importUploadedSite } from '@/lib/import/admin';
import { ZIP_LIMITS } from '@/lib/import/zip';
import { readBodyCapped } from '@/lib/media/read-body';

// Room for the multipart boundaries and part headers around the archive.
const MAX_BODY_BYTES = ZIP_LIMITS.archiveBytes + 64 * 1024;
const FORM_HINT = 'Send the site as a .zip, multipart/form-data in a field named file.';

const answer = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * Imports an uploaded site (.zip, field `file`) as drafts, for organizers and
 * admins (the admin's import page). 200 with every post's report; a refused
 * archive gets a 4xx `{ error }` saying why. Nothing is ever published.
 */
export async function POST(request: Request): Promise<Response> {
  // Authorise before reading a single byte of the body.
  const user = await requireOrganizerForApi();
  if (user instanceof Response) return user;
  const tooLarge = `The archive is larger than ${ZIP_LIMITS.archiveBytes / 1024 / 1024} MB.`;
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return answer(413, { error: tooLarge });
  if (!/^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '')) return answer(400, { error: FORM_HINT });
  const body = await readBodyCapped(request, MAX_BODY_BYTES);
  if (body === 'too-large') return answer(413, { error: tooLarge });
  if (body === 'failed') return answer(400, { error: 'The upload was interrupted. Try again.' });
  let form: FormData;
  try {
    // Re-parse the bounded copy; request.formData() would buffer an unbounded body.
    form = await new Response(body, { headers: { 'Content-Type': request.headers.get('content-type')! } }).formData();
  } catch {
    return answer(400, { error: FORM_HINT });
  }
  const file = form.get('file');
  if (!(file instanceof File)) return answer(400, { error: FORM_HINT });
  const result = await importUploadedSite(user, new Uint8Array(await file.arrayBuffer()), { fileName: file.name });
  if (!result.ok) return answer(422, { error: result.error });
  return answer(200, { reports: result.reports });
}
