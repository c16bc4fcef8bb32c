import { z } from 'zod';
import { isInternalToken } from '@/lib/recaps/scheduler';
import { revalidatePublished } from '@/lib/recaps/revalidate';
import { isValidSlug } from '@/lib/recaps/slug';

const bodySchema = z.object({
  slugs: z.array(z.string().refine(isValidSlug, 'not a recap slug')).min(1).max(1000),
});

/** Called by this server's own scheduler after it publishes scheduled recaps: `{ slugs: [...] }`. */
export async function POST(request: Request) {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? null;
  if (!isInternalToken(token)) return Response.json({ error: 'Not allowed.' }, { status: 403 });
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: 'Expected { "slugs": [recap slugs] }.' }, { status: 400 });
  await revalidatePublished(body.data.slugs);
  return new Response(null, { status: 204 });
}
