import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end suite against the production server (`next start`).
 *
 * The build is NOT done here: `npm test` runs `npm run build` before
 * `npm run test:e2e`. e2e/support/start-server.mjs fails fast with a clear
 * message when `.next/BUILD_ID` is missing.
 *
 * Every project gets its own server, port and database file, so suites with
 * different data never share state. To add one (e.g. admin journeys that need
 * a database): add an entry to SERVERS, a project with its baseURL, and a
 * testMatch that the `public` project ignores.
 */

const isCI = Boolean(process.env.CI);
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The first admin of the `admin` server; e2e/support/admin.ts reads the same values. */
const ADMIN = { email: 'admin@example.com', password: 'correct-horse-battery' };

interface ServerSpec {
  name: string;
  port: number;
  env?: Record<string, string>;
}

/**
 * The site's clock (lib/events/clock.ts) for a server: a file that
 * start-server.mjs writes with E2E_CLOCK_START before the server starts, so
 * the sample events (fixed in 2027) stay upcoming whatever the real date.
 */
const E2E_CLOCK_START = '2026-12-01T08:00:00Z';
const clockFile = (name: string) => path.resolve(`test-results/.e2e-${name}/clock.txt`);

const SERVERS = {
  /** The sample content in content/, as shipped. */
  public: { name: 'public', port: BASE_PORT, env: { TEST_CLOCK_FILE: clockFile('public'), E2E_CLOCK_START } },
  /** 41 generated recaps, so that the recap list has several pages. */
  paged: { name: 'paged', port: BASE_PORT + 1, env: { E2E_PAGED_CONTENT: '1', TEST_CLOCK_FILE: clockFile('paged'), E2E_CLOCK_START } },
  /**
   * The organizer side: a fresh database (start-server.mjs deletes
   * test-results/.e2e-admin before it starts), the first admin from the
   * environment, and a fast scheduler tick.
   */
  admin: {
    name: 'admin',
    port: BASE_PORT + 10,
    env: {
      DATA_DIR: path.resolve('test-results/.e2e-admin/data'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SCHEDULER_INTERVAL_MS: '1000',
    },
  },
  /**
   * An event's whole life (e2e/lifecycle): its own fresh database, an admin,
   * a fast scheduler, and a site clock the tests move (TEST_CLOCK_FILE,
   * lib/events/clock.ts; start-server.mjs writes it with the real time).
   */
  events: {
    name: 'events',
    port: BASE_PORT + 12,
    env: {
      DATA_DIR: path.resolve('test-results/.e2e-events/data'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SCHEDULER_INTERVAL_MS: '1000',
      TEST_CLOCK_FILE: path.resolve('test-results/.e2e-events/clock.txt'),
    },
  },
} satisfies Record<string, ServerSpec>;

const siteUrl = (server: ServerSpec) => `http://localhost:${server.port}`;

function webServer(server: ServerSpec) {
  return {
    name: server.name,
    command: 'node e2e/support/start-server.mjs',
    url: `${siteUrl(server)}/api/health`,
    env: {
      E2E_SERVER: server.name,
      PORT: String(server.port),
      SITE_URL: siteUrl(server),
      // test-results/ is emptied by Playwright before the servers start.
      SQLITE_PATH: `test-results/.e2e-${server.name}/portal.db`,
      NEXT_TELEMETRY_DISABLED: '1',
      ...server.env,
    },
    reuseExistingServer: !isCI,
    timeout: 60_000,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    channel: undefined,
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'public',
      testIgnore: [/paged\.spec\.ts/, /admin\//, /multi\//, /lifecycle\//, /roundtrip\//, /speakers\.spec\.ts/],
      use: { baseURL: siteUrl(SERVERS.public) },
    },
    {
      name: 'paged',
      testMatch: [/paged\.spec\.ts/],
      use: { baseURL: siteUrl(SERVERS.paged) },
    },
    {
      // One database shared by every admin test, and security.spec.ts compares
      // whole-database snapshots: one worker, one test at a time.
      name: 'admin',
      // speakers.spec.ts publishes, merges and splits: it needs the organizer side.
      testMatch: [/admin\/.*\.spec\.ts/, /speakers\.spec\.ts/],
      fullyParallel: false,
      workers: 1,
      timeout: 90_000,
      use: { baseURL: siteUrl(SERVERS.admin) },
    },
    {
      // The tests move the server's clock: one at a time.
      name: 'events',
      testMatch: [/lifecycle\/.*\.spec\.ts/],
      fullyParallel: false,
      workers: 1,
      timeout: 120_000,
      use: { baseURL: siteUrl(SERVERS.events) },
    },
    {
      // Two instances on one PostgreSQL database and one Redis, started by the
      // spec itself (e2e/multi/support/cluster.ts), not by webServer below.
      // The fault tests stop and restart PostgreSQL and Redis: one at a time.
      name: 'multi',
      testMatch: [/multi\/.*\.spec\.ts/],
      fullyParallel: false,
      workers: 1,
      timeout: 120_000,
    },
    {
      // Export a portal and restore it into an empty one (issue 13): the spec starts
      // both servers itself (e2e/roundtrip/support/portal.ts) on E2E_PORT + 14, 15 and 16.
      name: 'roundtrip',
      testMatch: [/roundtrip\/.*\.spec\.ts/],
      fullyParallel: false,
      workers: 1,
      timeout: 900_000,
    },
  ],
  webServer: Object.values(SERVERS).map(webServer),
});
