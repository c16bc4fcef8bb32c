import { afterEach, describe, expect, it, vi } from 'vitest';
import { appSourceFiles } from '@/lib/testing/source-files';
import { env } from './env';

/** Values Next.js itself sets (and inlines per bundle), not settings an operator chooses. */
const SET_BY_NEXT = new Set(['NODE_ENV', 'NEXT_RUNTIME', 'NEXT_PHASE']);

/** Files that may read process.env, and why they cannot go through lib/env.ts. */
const MAY_READ_ENV: Record<string, string> = {
  'lib/env.ts': 'the one place settings are read',
  'lib/cache/settings.mjs':
    'REDIS_URL, REDIS_KEY_PREFIX, REDIS_TIMEOUT_MS for the cache handler, which Next loads as plain JavaScript outside its bundler (it cannot import a .ts file); lib/env.ts re-exports them',
  'lib/i18n/locales.mjs': 'DEFAULT_LOCALE, which next.config.js needs for its rewrites and cannot read from a .ts file; lib/env.ts re-exports it',
  'lib/events/site-time-zone.ts':
    'SITE_TIME_ZONE, which the front matter schema needs and the schema is bundled into the editor, where lib/env.ts cannot go; lib/env.ts re-exports it',
  'lib/db/test-support.ts': 'test helper: TEST_DATABASE_URL, SKIP_POSTGRES choose the test databases',
  'lib/cache/test-redis.ts': 'test helper: the Redis the tests use',
};

describe('every setting is read in lib/env.ts', () => {
  it('no app module reads process.env except values Next.js sets', () => {
    const offenders: string[] = [];
    for (const { file, text } of appSourceFiles()) {
      if (file in MAY_READ_ENV) continue;
      for (const [line, content] of text.split('\n').entries()) {
        for (const m of content.matchAll(/process\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[|\b)/g)) {
          if (m[1] && SET_BY_NEXT.has(m[1])) continue;
          offenders.push(`${file}:${line + 1}: ${content.trim()}`);
        }
      }
    }
    expect(offenders, 'read it through lib/env.ts (or list the file above with the reason)').toEqual([]);
  });
});

describe('env', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('DATABASE_URL and SQLITE_PATH: trimmed, with the SQLite default', () => {
    vi.stubEnv('DATABASE_URL', '  ');
    vi.stubEnv('SQLITE_PATH', '');
    expect(env.databaseUrl).toBeUndefined();
    expect(env.sqlitePath).toBe('./data/portal.db');
    vi.stubEnv('DATABASE_URL', ' postgres://db/x ');
    vi.stubEnv('SQLITE_PATH', '/tmp/a.db');
    expect(env.databaseUrl).toBe('postgres://db/x');
    expect(env.sqlitePath).toBe('/tmp/a.db');
  });

  it('SCHEDULER_INTERVAL_MS: a positive whole number of milliseconds, 2000 otherwise', () => {
    for (const [raw, ms] of [
      ['1000', 1000],
      ['', 2000],
      ['0', 2000],
      ['-5', 2000],
      ['1.5', 2000],
      ['soon', 2000],
    ] as const) {
      vi.stubEnv('SCHEDULER_INTERVAL_MS', raw);
      expect(env.schedulerIntervalMs, raw).toBe(ms);
    }
  });
});
