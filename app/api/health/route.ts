import { checkDatabase } from '@/lib/db/health';
import { checkRedis } from '@/lib/cache/status';
import { isDraining } from '@/lib/shutdown';

export const dynamic = 'force-dynamic';

/**
 * For load balancers and monitoring. 200 while this instance can serve pages:
 * a Redis outage only slows it down (`status: degraded`, pages come from the
 * database); 503 while the database is down, and while the instance shuts down.
 *   { status: 'ok' | 'degraded' | 'draining', database: 'ok' | 'degraded', redis: 'ok' | 'degraded' | 'disabled' }
 */
export async function GET() {
  if (isDraining()) return Response.json({ status: 'draining' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  const [database, redis] = await Promise.all([checkDatabase(), checkRedis()]);
  const body = {
    status: database === 'ok' && redis !== 'degraded' ? 'ok' : 'degraded',
    database: database === 'ok' ? 'ok' : 'degraded',
    redis,
  };
  return Response.json(body, { status: database === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
