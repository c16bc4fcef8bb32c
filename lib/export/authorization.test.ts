import { describe, expect, it, vi } from 'vitest';
import { ACTIVE_ORGANIZER, databaseBeforeAuthorization, itRefusesTheUnauthorized } from '@/lib/testing/refusals';

// The download hands out drafts and every image: it refuses an inactive
// user, an unknown role and an organizer before it reaches the database (which throws here).
vi.mock('@/lib/db/ready', () => ({ db: databaseBeforeAuthorization }));

describe('lib/export/download', async () => {
  const m = await import('./download');
  itRefusesTheUnauthorized(m, { mutations: { exportDownload: async (user) => m.exportDownload(user) }, adminOnly: ['exportDownload'], notMutations: {} });

  it('tells an organizer why', () => {
    expect(() => m.exportDownload(ACTIVE_ORGANIZER)).toThrow('Only admins can export the site.');
  });
});
