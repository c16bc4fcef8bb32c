import { expect, it } from 'vitest';
import { NotAllowedError } from '@/lib/auth/policy';
import type { Role, User } from '@/lib/sql/types';

// Shared by the authorization tests beside each guarded lib module: every
// exported mutation refuses, first, whoever the policy does not allow.

const person = (id: number, role: string, active: boolean): User => ({
  id,
  email: `p${id}@example.com`,
  name: `P${id}`,
  passwordHash: null,
  githubId: null,
  role: role as Role,
  active,
  sessionVersion: 1,
  locale: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

/** People every mutation must refuse, whatever it does. */
export const ALWAYS_REFUSED: Record<string, User> = {
  'an inactive organizer': person(9001, 'organizer', false),
  'an inactive admin': person(9002, 'admin', false),
  'an unknown role (guest)': person(9003, 'guest', true),
  'an empty role': person(9004, '', true),
};

/** An active organizer: refused only by admin-only mutations. */
export const ACTIVE_ORGANIZER = person(9005, 'organizer', true);

/** Put in a module's test as the database: authorization must refuse before any query. */
export async function databaseBeforeAuthorization(): Promise<never> {
  throw new Error('the database was reached before authorize()');
}

interface RefusalSpec {
  /** How to call each exported mutation as `user`. */
  mutations: Record<string, (user: User) => Promise<unknown>>;
  /** Mutations an active organizer may not call either. */
  adminOnly?: string[];
  /** Every other export, with why it needs no user (a read, a type guard, a link holder's own action...). */
  notMutations: Record<string, string>;
}

/**
 * Declares the tests for one module. The module's exports are enumerated:
 * a new export that is neither called here as a mutation nor explained in
 * `notMutations` fails, so it cannot ship without a decision about its guard.
 */
export function itRefusesTheUnauthorized(module: Record<string, unknown>, spec: RefusalSpec) {
  it('classifies every export as a guarded mutation or says why it needs none', () => {
    const declared = [...Object.keys(spec.mutations), ...Object.keys(spec.notMutations)].sort();
    expect(Object.keys(module).sort()).toEqual(declared);
  });
  for (const [name, call] of Object.entries(spec.mutations)) {
    const refused = { ...ALWAYS_REFUSED, ...(spec.adminOnly?.includes(name) ? { 'an active organizer': ACTIVE_ORGANIZER } : {}) };
    it(`${name} refuses ${Object.keys(refused).join(', ')}, before anything else`, async () => {
      for (const [who, user] of Object.entries(refused)) {
        const error = await call(user).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${name} as ${who}`).toBeInstanceOf(NotAllowedError);
      }
    });
  }
}
