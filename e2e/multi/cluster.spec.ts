import { expect, test } from '@playwright/test';
import { createDraftUi, fillRequiredFields, pollUntil, signInApi, signInUi, SESSION_COOKIE, typeAtEnd, waitSaved } from '../support/admin';
import { ADMIN, startCluster, type Cluster, type Instance } from './support/cluster';
import { ensureServicesUp, startPostgres, startRedis, stopPostgres, stopRedis } from './support/services';

// Two `next start` instances (A and B) on one PostgreSQL database and one
// Redis, as behind a load balancer: what one instance changes, the other
// serves within a second; sessions and sign-in limits hold across them; and
// each survives PostgreSQL restarting, Redis stopping, and SIGTERM.
//
// The fault tests stop this machine's PostgreSQL and Redis (restarted in
// `finally` and again in afterAll). MULTI_FAULTS=0 skips them.

test.describe.configure({ mode: 'serial' });

let cluster: Cluster;
let a: Instance;
let b: Instance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startCluster();
  [a, b] = cluster.instances;
});

test.afterAll(async () => {
  await ensureServicesUp();
  await cluster?.stop();
});

const get = async (url: string) => {
  const res = await fetch(url, { headers: { 'cache-control': 'no-cache' }, redirect: 'manual' });
  return { status: res.status, text: await res.text() };
};

test('publish and unpublish on A: B serves the change within one second', async ({ browser }) => {
  test.setTimeout(90_000);
  const id = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const slug = `multi-${id}`;
  const title = `Multi Instance Meetup ${id}`;
  const context = await browser.newContext({ baseURL: a.url });
  const page = await context.newPage();
  await signInUi(page, ADMIN.email, ADMIN.password);
  await createDraftUi(page, title, slug, new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  await fillRequiredFields(page, { city: 'Porto', community: 'Porto Platform', description: 'Two instances, one cache.', tags: 'platform' });
  await waitSaved(page);

  // B has rendered (and cached) the recap's 404 and the list without it, and an
  // unrelated recap page, which the publish must leave in the shared cache.
  const unrelated = `${b.url}/recaps/beijing-kubernetes-day-2022`;
  await pollUntil(async () => (await fetch(unrelated)).headers.get('x-nextjs-cache') === 'HIT', 5_000, 50);
  expect((await get(`${b.url}/recaps/${slug}`)).status).toBe(404);
  expect((await get(`${b.url}/recaps`)).text).not.toContain(`/recaps/${slug}"`);
  expect((await get(`${b.url}/recaps/${slug}`)).status).toBe(404);

  const panel = page.getByTestId('publish-panel');
  await panel.getByRole('button', { name: 'Publish now' }).click();
  await expect(panel.getByText('Published. The public page is live.')).toBeVisible();
  const published = Date.now();
  const [pageMs, listMs] = await Promise.all([
    pollUntil(
      async () => {
        const r = await get(`${b.url}/recaps/${slug}`);
        return r.status === 200 && r.text.includes(title);
      },
      5_000,
      25,
    ),
    pollUntil(async () => (await get(`${b.url}/recaps`)).text.includes(`/recaps/${slug}"`), 5_000, 25),
  ]);
  const publishMs = Date.now() - published;
  expect((await fetch(unrelated)).headers.get('x-nextjs-cache'), 'an unrelated page on B is still cached').toBe('HIT');

  // A working-copy save on A never shows on B; Update live page on A does, within one second.
  const marker = `Working copy only ${id}.`;
  await typeAtEnd(page, `\n${marker}\n`);
  await waitSaved(page);
  await new Promise((r) => setTimeout(r, 1500));
  for (const i of [a, b]) {
    const r = await get(`${i.url}/recaps/${slug}`);
    expect(r.status, `${i.url}: still the live page`).toBe(200);
    expect(r.text, `${i.url}: the working copy is not public`).not.toContain(marker);
  }
  await panel.getByRole('button', { name: 'Update live page' }).click();
  await expect(panel.getByText('Updated. The public page now shows this text.')).toBeVisible();
  const updated = Date.now();
  const updateMs = await pollUntil(async () => (await get(`${b.url}/recaps/${slug}`)).text.includes(marker), 5_000, 25);
  console.log(`[multi] update on A visible on B after ${updateMs} ms`);
  expect(Date.now() - updated, 'update visible on B').toBeLessThan(1000);

  await page.reload();
  await panel.getByRole('button', { name: 'Unpublish' }).click();
  // Unpublishing asks first.
  await panel.getByRole('button', { name: 'Yes, unpublish' }).click();
  await expect(panel.getByText(/^Unpublished\./)).toBeVisible();
  const unpublished = Date.now();
  await Promise.all([
    pollUntil(async () => (await get(`${b.url}/recaps/${slug}`)).status === 404, 5_000, 25),
    pollUntil(async () => !(await get(`${b.url}/recaps`)).text.includes(`/recaps/${slug}"`), 5_000, 25),
  ]);
  const unpublishMs = Date.now() - unpublished;
  console.log(`[multi] on B after publish on A: page ${pageMs} ms, list ${listMs} ms; gone after unpublish: ${unpublishMs} ms`);
  expect(publishMs, 'publish visible on B').toBeLessThan(1000);
  expect(unpublishMs, 'unpublish visible on B').toBeLessThan(1000);
  await context.close();
});

test('search runs on PostgreSQL in every route', async () => {
  // Each instance answers from the shared search index, whichever route first opened the database.
  for (const i of [a, b]) {
    const page = await get(`${i.url}/search?q=hwameistor`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('#cloud-native-storage-in-practice-hwameistor');
    const api = await fetch(`${i.url}/api/search?q=${encodeURIComponent('云原生')}`);
    expect(api.status).toBe(200);
    expect(JSON.stringify(await api.json())).toContain('chengdu-yun-yuan-sheng-2026');
  }
});

test('a session from A is accepted by B', async ({ playwright }) => {
  const onA = await playwright.request.newContext({ baseURL: a.url });
  expect((await signInApi(onA, ADMIN.email, ADMIN.password)).status()).toBe(200);
  const cookie = (await onA.storageState()).cookies.find((c) => c.name === SESSION_COOKIE);
  expect(cookie, 'session cookie from A').toBeTruthy();
  const res = await fetch(`${b.url}/admin`, { headers: { cookie: `${SESSION_COOKIE}=${cookie!.value}` }, redirect: 'manual' });
  expect(res.status, 'B opens /admin with A’s session (no redirect to sign-in)').toBe(200);
  expect(await res.text()).toContain('Sign out');
  await onA.dispose();
});

test('failed sign-ins count on every instance', async ({ playwright }) => {
  const email = `nobody-${Date.now()}@example.com`;
  const contexts = await Promise.all([a, b].map((i) => playwright.request.newContext({ baseURL: i.url })));
  // Five failures, alternating instances; the sixth try is refused on either.
  for (let n = 0; n < 5; n++) {
    const res = await signInApi(contexts[n % 2], email, 'wrong-password');
    expect(res.status(), `failure ${n + 1}`).not.toBe(429);
  }
  for (const context of contexts) expect((await signInApi(context, email, 'wrong-password')).status()).toBe(429);
  await Promise.all(contexts.map((c) => c.dispose()));
});

test.describe('faults', () => {
  // These stop and restart the machine's PostgreSQL and Redis; MULTI_FAULTS=0 opts out on a shared machine.
  test.skip(process.env.MULTI_FAULTS === '0', 'MULTI_FAULTS=0: not stopping the shared PostgreSQL and Redis');

  test('PostgreSQL restarts under traffic: cached pages keep answering, the rest 503 with a friendly page, then recovery without a restart', async () => {
    test.setTimeout(90_000);
    const statuses = new Map<number, number>();
    let downSeen: { ms: number; text: string; status: number } | null = null;
    let stop = false;
    // Eight readers on both instances, through the outage.
    const readers = Array.from({ length: 8 }, async (_, n) => {
      const paths = ['/', '/recaps', '/speakers', '/tags', '/admin', '/search?q=dapr'];
      for (let k = 0; !stop; k++) {
        const url = `${[a, b][n % 2].url}${paths[k % paths.length]}`;
        const t0 = Date.now();
        const r = await get(url).catch(() => ({ status: 0, text: '' }));
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.status === 503 && !downSeen) downSeen = { ms: Date.now() - t0, text: r.text, status: r.status };
      }
    });
    // The public pages are left to the page cache (proxy.ts): a cached one keeps
    // answering through the outage, and a filtered list (never cached) that this
    // instance read just before is rendered from its last answers to the same
    // reads (bounded, confirmed by the scheduler's tick, see lib/recaps/recent-reads.ts).
    const cachedPage = `${b.url}/recaps/shenzhen-cloud-native-meetup-2023`;
    await pollUntil(async () => (await fetch(cachedPage)).headers.get('x-nextjs-cache') === 'HIT', 5_000, 50);
    const filteredList = `${b.url}/recaps?tag=kubernetes`;
    expect((await get(filteredList)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1000));
    try {
      stopPostgres();
      // Search reads the database on every request: it answers 503 while it is down.
      await pollUntil(async () => (await get(`${a.url}/search?q=dapr`)).status === 503 && (await get(`${b.url}/search?q=dapr`)).status === 503, 5_000, 100);
      const page = await fetch(`${b.url}/search?q=dapr`);
      expect(page.status).toBe(503);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('retry-after')).toBeTruthy();
      const health = await fetch(`${a.url}/api/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'degraded', database: 'degraded' });
      const cached = await fetch(cachedPage);
      expect(cached.status, 'a cached recap page while PostgreSQL is down').toBe(200);
      expect(await cached.text()).toContain('HwameiStor');
      const filtered = await get(filteredList);
      expect(filtered.status, 'a filtered list read just before, while PostgreSQL is down').toBe(200);
      expect(filtered.text).toContain('/recaps/beijing-kubernetes-day-2022');
      await new Promise((r) => setTimeout(r, 1000));
    } finally {
      startPostgres();
    }
    const recoveredMs = await pollUntil(
      async () => (await get(`${a.url}/search?q=dapr`)).status === 200 && (await get(`${b.url}/admin`)).status !== 503,
      15_000,
      100,
    );
    await new Promise((r) => setTimeout(r, 500));
    stop = true;
    await Promise.all(readers);
    console.log(`[multi] PostgreSQL restart: statuses ${JSON.stringify(Object.fromEntries(statuses))}, recovered ${recoveredMs} ms after start`);
    expect(downSeen, 'a 503 while PostgreSQL was down').not.toBeNull();
    expect(downSeen!.text).toContain('Back in a moment');
    expect(downSeen!.text).not.toMatch(/at \w+ \(|node_modules/); // no stack trace
    expect(downSeen!.ms, '503 answered fast').toBeLessThan(1000);
    expect(
      [...statuses.keys()].filter((s) => ![200, 307, 503].includes(s)),
      'only 200, redirects to sign-in and 503',
    ).toEqual([]);
    for (const i of [a, b]) expect((await fetch(`${i.url}/api/health`)).status).toBe(200);
  });

  test('Redis stops: pages are still served, a warning is logged, the shared cache comes back', async () => {
    test.setTimeout(60_000);
    try {
      stopRedis();
      for (const i of [a, b]) {
        for (const path of ['/', '/recaps', '/speakers', '/tags', '/recaps/does-not-exist']) {
          const r = await get(`${i.url}${path}`);
          expect(r.status, `${i.name} ${path} without Redis`).toBe(path.includes('does-not-exist') ? 404 : 200);
        }
        await expect.poll(() => i.output(), { timeout: 5_000 }).toMatch(/\[cache\] Redis unavailable/);
        const health = await fetch(`${i.url}/api/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ status: 'degraded', database: 'ok', redis: 'degraded' });
      }
      // Logged once per outage, not per request.
      expect(a.output().match(/\[cache\] Redis unavailable/g)?.length).toBe(1);
    } finally {
      await startRedis();
    }
    for (const i of [a, b]) {
      await pollUntil(async () => (await (await fetch(`${i.url}/api/health`)).json()).redis === 'ok', 15_000, 200);
    }
    await expect.poll(() => a.output(), { timeout: 5_000 }).toMatch(/\[cache\] Redis is back/);
    expect((await get(`${a.url}/recaps`)).status).toBe(200);
  });

  test('SIGTERM: B finishes the requests in flight, then exits', async () => {
    test.setTimeout(60_000);
    const N = 60;
    let first!: () => void;
    const firstDone = new Promise<void>((r) => (first = r));
    const requests = Array.from({ length: N }, (_, n) =>
      fetch(`${b.url}${['/recaps', '/', '/speakers'][n % 3]}`)
        .then(async (r) => ({ status: r.status, length: (await r.text()).length }))
        .catch((e: Error) => ({ status: 0, length: 0, error: e.message }))
        .finally(() => first()),
    );
    await firstDone;
    b.child.kill('SIGTERM');
    // Draining: still serving, but telling the load balancer to go elsewhere.
    await expect.poll(async () => (await fetch(`${b.url}/api/health`)).status, { timeout: 2_000 }).toBe(503);
    const results = await Promise.all(requests);
    const exit = await Promise.race([b.exited, new Promise((r) => setTimeout(() => r('timeout'), 15_000))]);
    console.log(`[multi] SIGTERM with ${N} requests in flight: ${results.filter((r) => r.status === 200).length} × 200, exit ${exit}`);
    expect(
      results.filter((r) => r.status !== 200),
      'requests in flight when SIGTERM arrived',
    ).toEqual([]);
    expect(exit, 'B exited').not.toBe('timeout');
    expect(b.output()).toContain('[shutdown] SIGTERM');
    await expect(fetch(`${b.url}/recaps`)).rejects.toThrow();
    // A is unaffected.
    expect((await get(`${a.url}/recaps`)).status).toBe(200);
  });
});
