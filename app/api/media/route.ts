import { requireOrganizerForApi } from '@/lib/auth/guards';
import { MAX_UPLOAD_BYTES } from '@/lib/media/process';
import { readBodyCapped } from '@/lib/media/read-body';
import { saveUpload } from '@/lib/media/media-files';
import { localizeMessage } from '@/lib/i18n/admin-errors';
import { getAdminLocale } from '@/lib/i18n/admin-locale';

// Room for the multipart boundaries and part headers around a 10 MB file.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

const FORM_HINT = 'Send the image as multipart/form-data in a field named file.';
const TOO_LARGE = 'The image is larger than 10 MB. Export it at a smaller size and try again.';

/** The answer to a refused upload, in the organizer's admin language (the editor shows `error` as it is). */
const error = async (status: number, message: string) =>
  Response.json({ error: localizeMessage(message, await getAdminLocale()) }, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * Uploads one image (field `file`) for organizers and admins. 201 with
 * `{ src, width, height }` for a `<Figure>`; every bad input gets a 4xx
 * `{ error }` with a message meant for the person uploading.
 */
export async function POST(request: Request): Promise<Response> {
  // Authorise before reading a single byte of the body.
  const user = await requireOrganizerForApi();
  if (user instanceof Response) return user;

  // Refuse an honest oversized upload before it is transferred; readBodyCapped catches dishonest ones.
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) return error(413, TOO_LARGE);
  if (!/^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '')) return error(400, FORM_HINT);

  const body = await readBodyCapped(request, MAX_BODY_BYTES);
  if (body === 'too-large') return error(413, TOO_LARGE);
  if (body === 'failed') return error(400, 'The upload was interrupted. Try again.');

  let form: FormData;
  try {
    // Re-parse the bounded copy; request.formData() would buffer an unbounded body.
    form = await new Response(body, { headers: { 'Content-Type': request.headers.get('content-type')! } }).formData();
  } catch {
    return error(400, FORM_HINT);
  }
  const file = form.get('file');
  if (!(file instanceof File)) return error(400, FORM_HINT);

  // Only the bytes go on: the file name and declared type are the client's claim, not evidence.
  const result = await saveUpload(user, Buffer.from(await file.arrayBuffer()));
  if (!result.ok) return error(result.status, result.error);
  const { src, width, height } = result;
  return Response.json({ src, width, height }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
}
