import 'server-only';
import { publicDb } from '@/lib/recaps/read-model-sync';
import { selectNamesOnSpeakerPage } from '@/lib/sql/read-model-speakers';
import { getSpeakerRegistryRow, selectAdminSpeakerRows, selectRedirectsTo, selectSpeakerNameRows, type AdminSpeakerRow } from '@/lib/sql/speakers';

// The admin's reads of the speaker registry (pages under app/(admin)/admin/speakers).

export type { AdminSpeakerRow };

/** Speaker pages per admin page. */
export const ADMIN_SPEAKERS_PAGE_SIZE = 50;

export async function listAdminSpeakers(search: string, requestedPage: number) {
  const database = await publicDb();
  const first = await selectAdminSpeakerRows(database, { search: search.trim() || undefined, limit: ADMIN_SPEAKERS_PAGE_SIZE, offset: 0 });
  const pageCount = Math.max(1, Math.ceil(first.total / ADMIN_SPEAKERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const result =
    page === 1
      ? first
      : await selectAdminSpeakerRows(database, {
          search: search.trim() || undefined,
          limit: ADMIN_SPEAKERS_PAGE_SIZE,
          offset: (page - 1) * ADMIN_SPEAKERS_PAGE_SIZE,
        });
  return { rows: result.rows, total: result.total, page, pageCount };
}

export interface AdminSpeakerEntry {
  slug: string;
  /** Where the person is kept; null for a speaker page that is not a person yet. */
  source: 'file' | 'db' | null;
  version: number;
  names: { name: string; kind: 'en' | 'zh' | 'alias'; source: 'file' | 'db' }[];
  links: { homepage?: string; github?: string };
  /** The names the page's talks write. */
  pageNames: string[];
  /** Old pages that redirect here. */
  redirectsHere: string[];
}

/** One speaker page or person for the admin, or null when it is neither. */
export async function getAdminSpeaker(slug: string): Promise<AdminSpeakerEntry | null> {
  const database = await publicDb();
  const [person, names, pageNames, redirectsHere] = await Promise.all([
    getSpeakerRegistryRow(database, slug),
    selectSpeakerNameRows(database, [slug]),
    selectNamesOnSpeakerPage(database, slug),
    selectRedirectsTo(database, slug),
  ]);
  if (!person && pageNames.length === 0) return null;
  return {
    slug,
    source: person?.source ?? null,
    version: person ? Number(person.version) : 0,
    names: names.map((n) => ({ name: n.name, kind: n.kind, source: n.source })),
    links: { ...(person?.homepage ? { homepage: person.homepage } : {}), ...(person?.github ? { github: person.github } : {}) },
    pageNames,
    redirectsHere,
  };
}
