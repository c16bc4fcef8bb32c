import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The working copy (lib/sql/recap-live.ts): `front_matter`/`body`/`version`
 * stay the text the editor edits; the `live_*` columns hold what visitors see
 * of a published or scheduled recap (null for drafts), copied from the working
 * text only by a publish or an update that passed the publish gate.
 * - `live_updated_at`: when the live text last changed (the public "updated").
 * - `live_snapshot` (+ `_version`): the last live text that compiled, as the
 *   public recap JSON, so a live text that stops validating later is still
 *   served, also after a restart.
 * - `live_problem`: why the live text no longer validates (served from the
 *   snapshot meanwhile); `publish_problem`: why the scheduler refused to
 *   publish, for the text at `publish_checked_version`.
 * Published and scheduled rows go live with their current text. Runs in the
 * migrator's one transaction, like the others (lib/db/migrate.ts).
 */
export const workingCopy: Migration = {
  async up(db: Kysely<any>) {
    const columns: [string, 'text' | 'integer'][] = [
      ['live_front_matter', 'text'],
      ['live_body', 'text'],
      ['live_version', 'integer'],
      ['live_updated_at', 'text'],
      ['live_snapshot', 'text'],
      ['live_snapshot_version', 'integer'],
      ['live_problem', 'text'],
      ['publish_problem', 'text'],
      ['publish_checked_version', 'integer'],
    ];
    // One ALTER per column: SQLite adds only one at a time.
    for (const [name, type] of columns) await db.schema.alterTable('recaps').addColumn(name, type).execute();
    await sql`update recaps set live_front_matter = front_matter, live_body = body, live_version = version,
      live_updated_at = coalesce(published_at, updated_at) where status in ('published', 'scheduled')`.execute(db);
  },

  async down(db: Kysely<any>) {
    for (const name of [
      'publish_checked_version',
      'publish_problem',
      'live_problem',
      'live_snapshot_version',
      'live_snapshot',
      'live_updated_at',
      'live_version',
      'live_body',
      'live_front_matter',
    ]) {
      await db.schema.alterTable('recaps').dropColumn(name).execute();
    }
  },
};
