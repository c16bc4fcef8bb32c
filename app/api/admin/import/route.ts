import { after } from 'next/server';
import { requireAdminForApi, requireOrganizerForApi } from '@/lib/auth/guards';
import { startImportJob } from '@/lib/import/jobs';
import { ZIP_LIMITS } from '@/lib/import/zip';
import { readBodyCapped } from '@/lib/media/read-body';
import { restoreUploadedExport } from '@/lib/restore/admin';
import { isExportArchive } from '@/lib/restore/open-export';

// Room for the multipart boundaries and part headers around the archive.
const MAX_BODY_BYTES = ZIP_LIMITS.archiveBytes + 64 * 1024;
const FORM_HINT = 'Send the site as a .zip, multipart/form-data in a field named file.';

const answer = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * Imports an uploaded site (.zip, field `file`) as drafts, for organizers and
 * admins (the admin's import page), as a job: 202 `{ job }` at once, the
 * import runs after the response (lib/import/jobs.ts) and
 * `/api/admin/import/<id>` tells its progress and, when done, every post's
 * report or why the archive was refused. A request that is not an archive
 * gets a 4xx `{ error }`. Nothing is ever published.
 * An export of a portal (the zip holds export.json) is restored instead, by
 * admins only: checked and described (200 `{ restore }`) until the form sends
 * `confirm=restore`, then restored (lib/restore/admin.ts).
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
  const archive = new Uint8Array(await file.arrayBuffer());
  if (isExportArchive(archive)) {
    const admin = await requireAdminForApi();
    if (admin instanceof Response) return admin;
    const restored = await restoreUploadedExport(admin, archive, { confirm: form.get('confirm') === 'restore' });
    if (!restored.ok) return answer(422, { error: restored.error });
    return answer(200, { restore: restored.report });
  }
  const job = await startImportJob(user, archive, file.name);
  after(job.run);
  return answer(202, { job: { id: job.id, fileName: file.name, status: 'running', done: 0, total: null } });
}
