import type { Role, User } from '@/lib/sql/types';

// Who may do what, in one place. Every exported mutation in lib calls
// authorize() first; the guards (guards.ts) check the same rules for pages,
// server actions and route handlers; refusal.ts turns a refusal into the
// answer each of those gives.

/** The known roles, least first: each may do everything the roles before it may. */
const ROLES: readonly Role[] = ['organizer', 'admin'];

interface Rule {
  /** The least role allowed. */
  least: Role;
  /** What a refused (active, signed-in) person reads. */
  refusal: string;
}

const EDITORS = 'Only organizers and admins can do this.';

/**
 * Every permission a mutation can ask for. Scope ("a draft only", "your own
 * password only") is checked by the mutation itself, after authorize().
 */
export const RULES = {
  /** Create, save, duplicate and delete drafts; discard changes of a working copy. */
  'recap.edit': { least: 'organizer', refusal: EDITORS },
  /** Publish, schedule, update the live page, unpublish. */
  'recap.publish': { least: 'organizer', refusal: EDITORS },
  /** Restore a revision into the working copy. */
  'recap.restore': { least: 'organizer', refusal: EDITORS },
  /** Create and revoke preview links of a draft. */
  'recap.preview-link': { least: 'organizer', refusal: EDITORS },
  /** Edit the speaker registry: people's names and links, merge and split speaker pages. */
  'speaker.edit': { least: 'organizer', refusal: EDITORS },
  /** Upload images for recaps. */
  'media.upload': { least: 'organizer', refusal: EDITORS },
  /** Change one's own password (never someone else's). */
  'account.password': { least: 'organizer', refusal: EDITORS },
  /** Choose one's own admin language (never someone else's). */
  'account.language': { least: 'organizer', refusal: EDITORS },
  /** Invite people, revoke invites, deactivate and reactivate accounts. */
  'people.manage': { least: 'admin', refusal: 'Only admins manage people.' },
  /** Download everything the site holds (lib/export): drafts and every image included. */
  'site.export': { least: 'admin', refusal: 'Only admins can export the site.' },
  /** Restore an export (lib/restore): every recap, person, image and calendar identity at once. */
  'site.restore': { least: 'admin', refusal: 'Only admins can restore an export.' },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof RULES;

/**
 * Why someone may not: not signed in (or the session ended), a deactivated
 * account, or a role that does not allow it (an unknown role allows nothing).
 */
export type RefusalReason = 'signed-out' | 'inactive' | 'role';

const INACTIVE = 'This account is deactivated. Ask an admin to reactivate it.';

/** The one error for "not allowed", thrown by authorize() and turned into 401/403/redirect/message by refusal.ts. */
export class NotAllowedError extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'NotAllowedError';
  }
}

/** The refusal for `user` against a least role, or null when allowed. For guards and authorize(). */
export function checkRole(user: User | null | undefined, least: Role, refusal: string = EDITORS): NotAllowedError | null {
  if (!user) return new NotAllowedError('signed-out', 'Sign in again to continue.');
  // Strict: only a real `true` from the database counts as active.
  if (user.active !== true) return new NotAllowedError('inactive', INACTIVE);
  const rank = ROLES.indexOf(user.role);
  if (rank < 0 || rank < ROLES.indexOf(least)) return new NotAllowedError('role', refusal);
  return null;
}

/**
 * Throws NotAllowedError unless `user` is active and their role allows
 * `permission`. The first line of every exported mutation in lib: the real
 * boundary, whatever the page, action or route in front of it checked.
 */
export function authorize(user: User | null | undefined, permission: Permission): asserts user is User {
  const rule = RULES[permission];
  const refused = checkRole(user, rule.least, rule.refusal);
  if (refused) throw refused;
}

/** Whether `user` may do it: for deciding what to show (a link, a button), never as the check itself. */
export function may(user: User | null | undefined, permission: Permission): boolean {
  return checkRole(user, RULES[permission].least) === null;
}
