import path from 'node:path';
import { cacheSettings } from './cache/settings.mjs';
import { siteTimeZone } from './events/site-time-zone';
import { defaultLocaleSetting, type Locale } from './i18n/locales.mjs';

/**
 * The one place that reads configuration from the environment. Every value
 * has a default that works with nothing set.
 */
export const env = {
  get port(): number {
    const port = Number(process.env.PORT);
    return Number.isInteger(port) && port > 0 ? port : 3000;
  },
  /** Absolute base of canonical URLs, the sitemap and the feed, without a trailing slash. */
  get siteUrl(): string {
    const raw = process.env.SITE_URL?.trim();
    return (raw || `http://localhost:${env.port}`).replace(/\/+$/, '');
  },
  get contentDir(): string {
    return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR?.trim() || 'content');
  },
  /** True when the site is served over https: session cookies are then `Secure`. */
  get secureCookies(): boolean {
    return env.siteUrl.startsWith('https://');
  },
  /** Directory for the SQLite file and the generated auth secret. */
  get dataDir(): string {
    return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATA_DIR?.trim() || 'data');
  },
  get authSecret(): string | undefined {
    return process.env.AUTH_SECRET?.trim() || process.env.NEXTAUTH_SECRET?.trim() || undefined;
  },
  get adminEmail(): string | undefined {
    return process.env.ADMIN_EMAIL?.trim() || undefined;
  },
  get adminPassword(): string | undefined {
    return process.env.ADMIN_PASSWORD || undefined;
  },
  get github(): { id: string; secret: string } | null {
    const id = process.env.GITHUB_ID?.trim();
    const secret = process.env.GITHUB_SECRET?.trim();
    return id && secret ? { id, secret } : null;
  },
  /** How many proxies in front of the app append to X-Forwarded-For (0: the app faces clients). */
  get trustedProxies(): number {
    const n = Number(process.env.TRUSTED_PROXIES);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  },
  /** REDIS_URL: the Next.js cache shared by every instance. Unset: each instance caches on its own disk. */
  get redisUrl(): string | undefined {
    return cacheSettings().redisUrl;
  },
  /** REDIS_KEY_PREFIX (default `recaps:`): namespace of this site's keys in a shared Redis. */
  get redisKeyPrefix(): string {
    return cacheSettings().keyPrefix;
  },
  /** REDIS_TIMEOUT_MS (default 1000): a slower Redis call counts as Redis being down. */
  get redisTimeoutMs(): number {
    return cacheSettings().timeoutMs;
  },
  /**
   * SHUTDOWN_DELAY_MS (default 3000): on SIGTERM, how long the instance keeps
   * serving (with /api/health answering 503) before it stops accepting
   * connections, so the load balancer has stopped sending it requests.
   */
  get shutdownDelayMs(): number {
    const ms = Number(process.env.SHUTDOWN_DELAY_MS);
    return Number.isInteger(ms) && ms >= 0 ? ms : 3000;
  },
  /** A TTF/OTF font with Chinese glyphs for social cards (Debian: fonts-droid-fallback). */
  get ogFontPath(): string {
    return process.env.OG_FONT_PATH?.trim() || '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf';
  },
  /** DATABASE_URL: a `postgres://` URL selects PostgreSQL; anything else (or unset) SQLite. */
  get databaseUrl(): string | undefined {
    return process.env.DATABASE_URL?.trim() || undefined;
  },
  /** SQLITE_PATH (default ./data/portal.db, relative to the working directory): the SQLite file. */
  get sqlitePath(): string {
    return process.env.SQLITE_PATH?.trim() || './data/portal.db';
  },
  /** SCHEDULER_INTERVAL_MS (default 2000): how often each instance looks for scheduled recaps that are due. */
  get schedulerIntervalMs(): number {
    const ms = Number(process.env.SCHEDULER_INTERVAL_MS);
    return Number.isInteger(ms) && ms > 0 ? ms : 2000;
  },
  /**
   * RECAP_BODY_CACHE_MB (default 64): how much memory this instance gives to
   * compiled recap bodies kept between requests (lib/recaps/body-cache.ts);
   * a body not kept is read from the database again (one query + JSON.parse).
   */
  get recapBodyCacheBytes(): number {
    const mb = Number(process.env.RECAP_BODY_CACHE_MB);
    return (Number.isFinite(mb) && mb >= 0 ? mb : 64) * 1024 * 1024;
  },
  get siteName(): string {
    return process.env.SITE_NAME?.trim() || 'Meetup Recaps';
  },
  /** DEFAULT_LOCALE (`en` or `zh`): the language served without a prefix. Fixed at build time (lib/i18n/locales.mjs). */
  get defaultLocale(): Locale {
    return defaultLocaleSetting();
  },
  /** SITE_TIME_ZONE (default Asia/Shanghai): the IANA zone of events that name none (lib/events/site-time-zone.ts). */
  get siteTimeZone(): string {
    return siteTimeZone();
  },
  /** SITE_TIME_ZONE as set, for the start-up warning about an unknown zone. */
  get siteTimeZoneSetting(): string | undefined {
    return process.env.SITE_TIME_ZONE?.trim() || undefined;
  },
  /** TEST_CLOCK_FILE: tests only; a file holding the instant the site's clock reads (lib/events/clock.ts). */
  get testClockFile(): string | undefined {
    return process.env.TEST_CLOCK_FILE?.trim() || undefined;
  },
};

/**
 * next-auth v4 builds its callback URLs from NEXTAUTH_URL, which it reads
 * itself: set it from SITE_URL unless the operator set it. lib/auth/options.ts only.
 */
export function shareSiteUrlWithNextAuth(): void {
  process.env.NEXTAUTH_URL ??= env.siteUrl;
}
