/**
 * Runs once when a server instance starts: applies pending migrations,
 * creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD, and starts the
 * scheduled-publishing ticker.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { db } = await import('@/lib/db/ready');
  const { startScheduler } = await import('@/lib/recaps/scheduler');
  try {
    await db();
  } catch (error) {
    // The app still starts: pages that need the database answer 503 until it is reachable.
    console.error('[startup] database not ready:', error instanceof Error ? error.message : error);
  }
  startScheduler();
}
