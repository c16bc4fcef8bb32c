import type { RecapStatus } from '@/lib/db/schema';
import type { ExportedCalendarRow } from '@/lib/sql/export-reads';

// export.json: what a folder of files cannot say by itself (a draft's
// status, a schedule, which file is the live text and which the working
// copy). Version 1; a reader should refuse a format it does not know.

export const EXPORT_FORMAT = 1;

export interface ExportedRecap {
  slug: string;
  /** `file`: git-managed (CONTENT_DIR); `db`: written in the admin. */
  source: 'file' | 'db';
  status: RecapStatus;
  locale: string | null;
  /** The event the recap belongs to: the versions of one event share it (its slug when it has no translations). */
  translationKey: string;
  /** Dates as the front matter writes them (YYYY-MM-DD). */
  date: string | null;
  published: string | null;
  updated: string | null;
  /** The file of the text the public site shows (`recaps/<slug>.mdx`), null when not live. */
  live: string | null;
  /** The working copy (`drafts/<slug>.mdx`) when it is not live as it is: a draft, scheduled, or edited since publishing. */
  working: string | null;
  /** A git-managed file of the same slug is what the site shows; the live text is `drafts/<slug>.live.mdx`. */
  shadowedByFile?: true;
  version?: number;
  liveVersion?: number | null;
  /** Instants, ISO 8601 UTC. */
  scheduledAt?: string | null;
  publishedAt?: string | null;
  liveUpdatedAt?: string | null;
  createdAt?: string;
  updatedAt?: string;
  liveProblem?: string | null;
  publishProblem?: string | null;
}

export interface ExportedImage {
  /** The URL recaps use. */
  src: string;
  /** Where the export holds it. */
  file: string;
  mime?: string;
  width?: number;
  height?: number;
}

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  recaps: ExportedRecap[];
  images: ExportedImage[];
  missingImages: string[];
  /**
   * Each event's calendar identity (UID, SEQUENCE, what subscribers last got):
   * a site that keeps them updates its subscribers' events instead of adding copies.
   */
  calendar: ExportedCalendarRow[];
}
