import { isInternalToken } from '@/lib/recaps/scheduler';
import { revalidatePublicRecaps } from '@/lib/recaps/revalidate';

/** Called by this server's own scheduler after it publishes scheduled recaps. */
export async function POST(request: Request) {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? null;
  if (!isInternalToken(token)) return Response.json({ error: 'Not allowed.' }, { status: 403 });
  revalidatePublicRecaps();
  return new Response(null, { status: 204 });
}
