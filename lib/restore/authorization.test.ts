import { describe, expect, it, vi } from 'vitest';
import { ACTIVE_ORGANIZER, databaseBeforeAuthorization, itRefusesTheUnauthorized } from '@/lib/testing/refusals';
import type { ExportManifest } from '@/lib/export/manifest';

// A restore writes every kind of content at once: it refuses an inactive
// user, an unknown role and an organizer before it reads the export or the database.
vi.mock('@/lib/db/ready', () => ({ db: databaseBeforeAuthorization }));
vi.mock('@/lib/recaps/after-public-change', () => ({ afterPublicChange: databaseBeforeAuthorization }));
const db = new Proxy({}, { get: () => databaseBeforeAuthorization }) as never;
const manifest: ExportManifest = { format: 1, exportedAt: '', recaps: [], images: [], missingImages: [], calendar: [] };
const options = { contentDir: '/nonexistent', publicDir: '/nonexistent' };

describe('lib/restore/restore', async () => {
  const m = await import('./restore');
  itRefusesTheUnauthorized(m, {
    mutations: { restoreExport: async (user) => m.restoreExport(db, user, '/nonexistent', manifest, options) },
    adminOnly: ['restoreExport'],
    notMutations: {},
  });

  it('tells an organizer why', async () => {
    await expect(m.restoreExport(db, ACTIVE_ORGANIZER, '/nonexistent', manifest, options)).rejects.toThrow('Only admins can restore an export.');
  });
});

describe('lib/restore/admin', async () => {
  const m = await import('./admin');
  itRefusesTheUnauthorized(m, {
    mutations: { restoreUploadedExport: async (user) => m.restoreUploadedExport(user, new Uint8Array(), { confirm: true }) },
    adminOnly: ['restoreUploadedExport'],
    notMutations: {},
  });
});
