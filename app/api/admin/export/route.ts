import { requireAdminForApi } from '@/lib/auth/guards';
import { exportDownload } from '@/lib/export/download';

// Private and per request: never cached, never prerendered.
export const dynamic = 'force-dynamic';

/** Downloads every recap, draft, person and image as a .zip (README "Exporting everything"). Admins only: 401 signed out, 403 for an organizer. */
export async function GET(): Promise<Response> {
  const user = await requireAdminForApi();
  if (user instanceof Response) return user;
  return exportDownload(user);
}
