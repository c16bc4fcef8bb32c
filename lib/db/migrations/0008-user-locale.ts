import type { Kysely } from 'kysely';
import type { Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * `users.locale`: the language of the admin for this person (`en` or `zh`,
 * lib/i18n/locales.ts), chosen on /admin/account. Null means "follow my
 * browser" (Accept-Language, lib/i18n/admin-locale.ts), which is every
 * existing account. Runs in the migrator's one transaction, like the others.
 */
export const userLocale: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('users').addColumn('locale', 'text').execute();
  },

  async down(db: Kysely<any>) {
    await db.schema.alterTable('users').dropColumn('locale').execute();
  },
};
