import { z } from 'zod';
import { afterPublicChange } from '@/lib/recaps/after-public-change';
import { isInternalToken } from '@/lib/recaps/scheduler';

const bodySchema = z
  .object({
    ids: z.array(z.number().int().positive()).max(1000).default([]),
    /** Events that ended since the last tick (lib/recaps/event-expiry.ts): only their pages expire. */
    ended: z
      .array(z.object({ slug: z.string().min(1).max(300), seriesKey: z.string().max(80).nullable() }))
      .max(1000)
      .default([]),
  })
  .refine((b) => b.ids.length > 0 || b.ended.length > 0);

/**
 * Called by this server's own scheduler after it publishes scheduled recaps
 * (or finds recaps out of step with the read model): `{ ids: [recap ids] }`,
 * or when events ended: `{ ended: [{ slug, seriesKey }] }`.
 * Runs the after-change function, which needs a request context to expire pages.
 */
export async function POST(request: Request) {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? null;
  if (!isInternalToken(token)) return Response.json({ error: 'Not allowed.' }, { status: 403 });
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: 'Expected { "ids": [recap ids] } or { "ended": [{ "slug", "seriesKey" }] }.' }, { status: 400 });
  await afterPublicChange(body.data.ids, undefined, body.data.ended);
  return new Response(null, { status: 204 });
}
