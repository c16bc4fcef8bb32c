import 'server-only';
import path from 'node:path';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db/ready';
import { env } from '@/lib/env';
import type { User } from '@/lib/sql/types';
import { exportSite } from './export-site';
import { zipStream } from './zip-sink';

/**
 * The whole site as a .zip, streamed while it is written (the same files as
 * `npm run export`, lib/export/export-site.ts). Admins only (NotAllowedError
 * otherwise, before anything is read); the route checks the session first
 * (requireAdminForApi). `now` names the file.
 */
export function exportDownload(user: User, now: Date = new Date()): Response {
  authorize(user, 'site.export');
  const zip = zipStream();
  void (async () => {
    try {
      await exportSite(zip.sink, {
        db: await db(),
        contentDir: env.contentDir,
        publicDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'public'),
        now,
      });
      zip.finish();
    } catch (error) {
      // Headers are sent: the browser sees a broken download, the log says why.
      console.error('[export] the download failed:', error instanceof Error ? error.message : error);
      zip.fail(error);
    }
  })();
  return new Response(zip.stream, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="recaps-export-${now.toISOString().slice(0, 10)}.zip"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
