import { dialectName } from '@/lib/db/connection';
import { env } from '@/lib/env';
import { isTimeZone } from '@/lib/events/zoned-time';

/**
 * With PostgreSQL the app is meant to run as several instances, and they must
 * all sign sessions and internal calls with the same AUTH_SECRET. Without it
 * each instance would generate its own secret in its own DATA_DIR, and a
 * session from one would be refused by the next: refuse to start instead,
 * saying what to set. (Keeping a generated secret in the database would also
 * work, but then anyone who can read a database backup could mint admin
 * sessions.) SQLite, a single instance, keeps the zero-configuration default.
 */
export function refuseUnsharedSecret(): void {
  if (dialectName() !== 'postgres' || env.authSecret) return;
  console.error(
    '\n[startup] DATABASE_URL points to PostgreSQL but AUTH_SECRET is not set.\n' +
      '[startup] Every instance must share one secret: set AUTH_SECRET to the same random value everywhere,\n' +
      '[startup] e.g. the output of `openssl rand -base64 32`. Refusing to start.\n',
  );
  process.exit(1);
}

/** An unknown SITE_TIME_ZONE is not fatal (lib/events/site-time-zone.ts falls back), but an operator must hear of it. */
export function warnUnknownTimeZone(value: string | undefined = env.siteTimeZoneSetting): void {
  if (!value || isTimeZone(value)) return;
  console.warn(
    `[startup] SITE_TIME_ZONE "${value}" is not an IANA time zone (e.g. "Asia/Shanghai", "Europe/Berlin"); events without a zone use ${env.siteTimeZone}.`,
  );
}
