import { requireOrganizerForApi } from '@/lib/auth/guards';
import { getImportJobView } from '@/lib/import/jobs';

/**
 * An import job's progress, and when done every post's report (or why the
 * archive was refused): the import page polls it. Its organizer and admins
 * only; any other id is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await requireOrganizerForApi();
  if (user instanceof Response) return user;
  const { id } = await params;
  const job = /^[\w-]{1,64}$/.test(id) ? await getImportJobView(user, id) : null;
  const headers = { 'Cache-Control': 'no-store' };
  if (!job) return Response.json({ error: 'No such import.' }, { status: 404, headers });
  return Response.json({ job }, { headers });
}
