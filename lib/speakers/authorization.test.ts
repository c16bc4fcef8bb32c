import { describe, vi } from 'vitest';
import { databaseBeforeAuthorization, itRefusesTheUnauthorized } from '@/lib/testing/refusals';

// Every exported mutation of the speaker registry refuses an inactive user
// and an unknown role before it reads or writes anything: the database here throws.
vi.mock('@/lib/db/ready', () => ({ db: databaseBeforeAuthorization }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, unstable_cache: <T>(fn: T) => fn }));

describe('lib/speakers/mutations', async () => {
  const m = await import('./mutations');
  itRefusesTheUnauthorized(m, {
    mutations: {
      savePersonEntry: (user) => m.savePersonEntry(user, { slug: 'x', version: 0, names: { en: 'X' }, aliases: [], links: {} }),
      linkAlias: (user) => m.linkAlias(user, { slug: 'x', name: 'Y' }),
      mergeSpeakers: (user) => m.mergeSpeakers(user, { from: 'a', into: 'b' }),
      splitSpeaker: (user) => m.splitSpeaker(user, { slug: 'a', names: ['A'], newSlug: 'b' }),
    },
    notMutations: { SpeakerEditError: 'an error class' },
  });
});
