import { describe, expect, it } from 'vitest';
import { ACTIVE_ORGANIZER, ALWAYS_REFUSED } from '@/lib/testing/refusals';
import { authorize, checkRole, may, NotAllowedError, RULES, type Permission } from './policy';

const admin = { ...ACTIVE_ORGANIZER, role: 'admin' as const };
const permissions = Object.keys(RULES) as Permission[];

describe('the policy', () => {
  it('lets an active admin do everything and an active organizer everything but managing people, exporting the site and restoring an export', () => {
    for (const permission of permissions) {
      expect(may(admin, permission), permission).toBe(true);
      expect(may(ACTIVE_ORGANIZER, permission), permission).toBe(!['people.manage', 'site.export', 'site.restore'].includes(permission));
    }
    expect(() => authorize(ACTIVE_ORGANIZER, 'people.manage')).toThrow('Only admins manage people.');
  });

  it('refuses nobody, the inactive and unknown roles every permission, saying why', () => {
    for (const permission of permissions) {
      for (const [who, user] of Object.entries(ALWAYS_REFUSED)) {
        expect(may(user, permission), `${who}: ${permission}`).toBe(false);
        expect(() => authorize(user, permission), `${who}: ${permission}`).toThrow(NotAllowedError);
      }
      expect(() => authorize(null, permission)).toThrow(NotAllowedError);
    }
    expect(checkRole(null, 'organizer')?.reason).toBe('signed-out');
    expect(checkRole(ALWAYS_REFUSED['an inactive admin'], 'organizer')).toMatchObject({ reason: 'inactive', message: expect.stringMatching(/deactivated/) });
    expect(checkRole(ALWAYS_REFUSED['an unknown role (guest)'], 'organizer')?.reason).toBe('role');
    // Only a real boolean true counts as active (a stray 1 or 'true' from a row is refused).
    expect(checkRole({ ...admin, active: 1 as unknown as boolean }, 'organizer')?.reason).toBe('inactive');
  });
});
