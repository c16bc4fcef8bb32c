import { describe, vi } from 'vitest';
import { databaseBeforeAuthorization, itRefusesTheUnauthorized } from '@/lib/testing/refusals';
import { png } from './test-images';

// Every exported mutation of lib/media refuses an inactive user and an
// unknown role before it decodes a byte or reaches the database (which throws here).
vi.mock('@/lib/db/ready', () => ({ db: databaseBeforeAuthorization }));

describe('lib/media/media-files', async () => {
  const m = await import('./media-files');
  const image = await png(8, 8);
  itRefusesTheUnauthorized(m, {
    mutations: { saveUpload: (user) => m.saveUpload(user, image) },
    notMutations: { loadMedia: 'a public read: the media route serves images without a session' },
  });
});
