import 'server-only';
import type { Role, User } from '@/lib/sql/types';
import { checkRole } from './policy';
import { refuseAction, refusalResponse, refusePage } from './refusal';
import { getCurrentUser } from './session';

// Guards named by role, one per kind of entry point. Each re-reads the session
// from the database (getCurrentUser) and applies the policy's role order;
// every admin page, server action and route handler calls one first, and the
// lib mutation behind it checks its own permission again (policy.ts).

async function pageUser(least: Role, returnTo: string): Promise<User> {
  const user = await getCurrentUser();
  const refused = checkRole(user, least);
  if (refused) refusePage(refused, returnTo);
  return user!;
}

async function actionUser(least: Role): Promise<User> {
  const user = await getCurrentUser();
  const refused = checkRole(user, least);
  if (refused) refuseAction(refused);
  return user!;
}

async function apiUser(least: Role): Promise<User | Response> {
  const user = await getCurrentUser();
  const refused = checkRole(user, least);
  return refused ? refusalResponse(refused) : user!;
}

/** Admin pages: signed-out visitors go to sign-in and come back to `returnTo`. */
export const requireOrganizer = (returnTo: string) => pageUser('organizer', returnTo);
/** Admin-only pages: as requireOrganizer, and an organizer gets 403. */
export const requireAdmin = (returnTo: string) => pageUser('admin', returnTo);

/** Server actions, first, before reading input: 401 when signed out. */
export const requireOrganizerForAction = () => actionUser('organizer');
/** Admin-only server actions: 401 when signed out, 403 for an organizer. */
export const requireAdminForAction = () => actionUser('admin');

/** Route handlers, before reading the body: the user, or the 401/403 Response to return. */
export const requireOrganizerForApi = () => apiUser('organizer');
/** Admin-only route handlers: the user, or the 401/403 Response to return. */
export const requireAdminForApi = () => apiUser('admin');
