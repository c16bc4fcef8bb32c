import { z } from 'zod';
import { afterPublicChange } from '@/lib/recaps/after-public-change';
import { isInternalToken } from '@/lib/recaps/scheduler';

const bodySchema = z.object({
  ids: z.array(z.number().int().positive()).min(1).max(1000),
});

/**
 * Called by this server's own scheduler after it publishes scheduled recaps
 * (or finds recaps out of step with the read model): `{ ids: [recap ids] }`.
 * Runs the after-change function, which needs a request context to expire pages.
 */
export async function POST(request: Request) {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? null;
  if (!isInternalToken(token)) return Response.json({ error: 'Not allowed.' }, { status: 403 });
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: 'Expected { "ids": [recap ids] }.' }, { status: 400 });
  await afterPublicChange(body.data.ids);
  return new Response(null, { status: 204 });
}
