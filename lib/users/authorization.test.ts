import { describe, vi } from 'vitest';
import { databaseBeforeAuthorization, itRefusesTheUnauthorized } from '@/lib/testing/refusals';

// Every exported mutation of lib/users refuses an inactive user and an
// unknown role (and, for managing people, an organizer) before it reads or
// writes anything: the database here throws.
vi.mock('@/lib/db/ready', () => ({ db: databaseBeforeAuthorization }));

describe('lib/users/mutations', async () => {
  const m = await import('./mutations');
  itRefusesTheUnauthorized(m, {
    mutations: {
      inviteUser: (user) => m.inviteUser(user, 'new@example.com', 'admin'),
      revokeInvite: (user) => m.revokeInvite(user, 1),
      setPersonActive: (user) => m.setPersonActive(user, 1, true),
      changeOwnPassword: (user) => m.changeOwnPassword(user, 'the-old-password', 'a-new-password'),
      setOwnLocale: (user) => m.setOwnLocale(user, 'zh'),
    },
    adminOnly: ['inviteUser', 'revokeInvite', 'setPersonActive'],
    notMutations: {
      UserInputError: 'an error class',
      acceptInvite: 'no user yet: whoever holds the invite link (the token is the permission, consumed atomically)',
      createFirstAdmin: 'no user yet: /setup, refused as soon as any account exists',
    },
  });
});
