import { requireOrganizerForApi } from '@/lib/auth/guards';
import { getEditorRecap, getRecapRevision } from '@/lib/recaps/admin-queries';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('No such recap or revision.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * One text of a recap's history as a file: `?rev=<revision id>` or
 * `?rev=current`. Offered by the history page when a diff is too large to show.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireOrganizerForApi();
  if (user instanceof Response) return user;
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return notFound();
  const recap = await getEditorRecap(id);
  if (!recap) return notFound();
  const rev = new URL(request.url).searchParams.get('rev') ?? '';
  let body: string;
  let version: number;
  if (rev === 'current') {
    body = recap.body;
    version = recap.version;
  } else {
    // One row, not the whole history: a long history of large recaps is hundreds of MB.
    const revision = /^[1-9]\d{0,15}$/.test(rev) ? await getRecapRevision(id, Number(rev)) : null;
    if (!revision) return notFound();
    body = revision.body;
    version = revision.version;
  }
  return new Response(body, {
    headers: {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="${recap.slug}-v${version}${rev === 'current' ? '-current' : ''}.mdx"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
