/**
 * Runs once when a server instance starts: records each request's socket
 * address for the sign-in limit (lib/auth/peer-address.ts) and makes malformed
 * path escapes literal (lib/workarounds/literal-escapes.ts), checks the multi-instance settings,
 * applies pending migrations, creates the first admin from
 * ADMIN_EMAIL/ADMIN_PASSWORD, starts the database health probe, connects to
 * Redis (when REDIS_URL is set), starts the scheduled-publishing ticker and
 * the MDX compile workers, and makes SIGTERM graceful
 * (lib/workarounds/deferred-sigterm.ts). Every workaround of the framework
 * is listed in lib/workarounds/README.md.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // First, on every request before Next sees it: the socket address for the
  // sign-in rate limit, and malformed escapes made literal (Next answers them 500).
  await (await import('@/lib/auth/peer-address')).installPeerAddressHook();
  await (await import('@/lib/workarounds/literal-escapes')).installLiteralEscapesHook();
  const { refuseUnsharedSecret, warnUnknownTimeZone } = await import('@/lib/startup-checks');
  refuseUnsharedSecret();
  warnUnknownTimeZone();

  const { db } = await import('@/lib/db/ready');
  const { startDatabaseProbe } = await import('@/lib/db/health');
  const { sharedRedis } = await import('@/lib/cache/redis-client.mjs');
  const { startScheduler } = await import('@/lib/recaps/scheduler');
  startDatabaseProbe();
  // Connect now so the first request finds the shared cache ready.
  sharedRedis();
  try {
    await db();
    // Not awaited: start-up need not wait. Git-managed recaps are loaded into the
    // read model (and the search index) by the first public read; unchanged files
    // cost a hash comparison (lib/recaps/read-model-sync.ts).
    void (await import('@/lib/recaps/read-model-sync'))
      .publicDb()
      .catch((error: unknown) => console.error('[startup] loading the git-managed recaps failed:', error instanceof Error ? error.message : error));
  } catch (error) {
    // The app still starts: pages answer 503 until the database is reachable.
    console.error('[startup] database not ready:', error instanceof Error ? error.message : error);
  }
  startScheduler();
  // Not awaited: the MDX compile workers start now rather than on the first publish or database recap read.
  void (await import('@/lib/mdx/budget'))
    .warmCompilePool()
    .catch((error: unknown) => console.error('[startup] MDX workers did not start:', error instanceof Error ? error.message : error));
  const { installGracefulShutdown } = await import('@/lib/workarounds/deferred-sigterm');
  installGracefulShutdown();
}
