import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { COSTLY_BODIES, fill } from '@/lib/testing/costly-bodies';
import { ADMIN, SESSION_COOKIE, createDraftUi, dbQuery, signInUi, uid } from '../support/admin';
import { percentile, probeHealth } from '../support/health-probe';

// Issue 9 §2: nothing an organizer pastes may delay other visitors' requests
// by more than 100 ms. Every costly body is previewed and saved through the
// real server actions (replayed with the build's action ids, as the editor's
// client sends them) while /api/health is polled on fresh connections.

/**
 * Every health answer must come within this. 100 ms is the bound; on
 * a 2-core box shared with other builds an idle server's health already takes
 * up to ~40 ms now and then (connection set-up included), so the bound is the
 * issue's, not more. Override with E2E_HEALTH_BOUND_MS on slower machines.
 */
const HEALTH_BOUND_MS = Number(process.env.E2E_HEALTH_BOUND_MS) || 100;

/** The largest body the limits still accept: a long recap of ordinary prose, compiled and rendered in full. */
const LARGEST_ACCEPTED = fill('A paragraph of a long recap, with a [link](https://example.com) and some *emphasis* in it.\n\n', 360 * 1024);

function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, e]) => e.exportedName === name && e.filename?.startsWith('app/(admin)/admin/recaps/[id]/'));
  if (!found) throw new Error(`no server action ${name} in the build`);
  return found[0];
}

async function callAction(request: APIRequestContext, baseURL: string, url: string, id: string, cookie: string, args: unknown[]) {
  const response = await request.post(url, {
    headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: new URL(baseURL).origin, Cookie: `${SESSION_COOKIE}=${cookie}` },
    data: JSON.stringify(args),
    maxRedirects: 0,
    timeout: 60_000,
  });
  return { status: response.status(), text: await response.text() };
}

test('the server keeps answering within 100 ms while the costliest bodies are previewed and saved', async ({ browser, request }) => {
  test.setTimeout(300_000);
  const baseURL = test.info().project.use.baseURL!;
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInUi(page, ADMIN.email, ADMIN.password);
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!.value;
  const slug = `budget-${uid()}`;
  const id = await createDraftUi(page, 'Budget test', slug);
  await context.close();
  const fields = { title: 'Budget test', slug, date: '2024-05-18', city: 'Oslo', venue: '', community: 'Oslo Devs', description: 'Costly bodies.', tags: 'budget', cover: '', locale: 'en', author: '' };
  const url = `/admin/recaps/${id}`;
  const preview = actionId('previewAction');
  const save = actionId('saveDraftAction');

  // Warm up: the first compile starts the workers, the first render compiles the route.
  expect((await callAction(request, baseURL, url, preview, cookie, [{ fields, body: '# Warm' }])).status).toBe(200);
  const idle = probeHealth(baseURL);
  await new Promise((r) => setTimeout(r, 2_000));
  const idleLatencies = await idle.stop();

  const probe = probeHealth(baseURL);
  const refusals: Array<{ name: string; ms: number }> = [];
  for (const { name, body } of [...COSTLY_BODIES, { name: 'largest accepted body', body: LARGEST_ACCEPTED }]) {
    const started = performance.now();
    const previewed = await callAction(request, baseURL, url, preview, cookie, [{ fields, body }]);
    expect(previewed.status, name).toBe(200);
    if (body === LARGEST_ACCEPTED) expect(previewed.text, name).not.toContain('too complex to render');
    else expect(previewed.text, name).toContain('This recap is too complex to render: ');
    const [{ version }] = dbQuery<{ version: number }>('select version from recaps where id = ?', id);
    const saved = await callAction(request, baseURL, url, save, cookie, [id, { baseVersion: version, fields, body }]);
    expect(saved.status, name).toBe(200);
    refusals.push({ name, ms: Math.round(performance.now() - started) });
  }
  const latencies = await probe.stop();

  // What was typed is saved even when it is refused for publishing.
  const [{ body: stored }] = dbQuery<{ body: string }>('select body from recaps where id = ?', id);
  expect(stored).toBe(LARGEST_ACCEPTED);
  const summary = { idle: { n: idleLatencies.length, p99: percentile(idleLatencies, 99), max: Math.max(...idleLatencies) }, loaded: { n: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies) }, refusals };
  await test.info().attach('health-latency.json', { body: JSON.stringify(summary, null, 2), contentType: 'application/json' });
  console.log(`[budget] health under load: ${JSON.stringify(summary.loaded)}; idle: ${JSON.stringify(summary.idle)}`);
  expect(latencies.length).toBeGreaterThan(50);
  expect(Math.max(...latencies), `slowest of ${latencies.length} health answers (p99 ${summary.loaded.p99.toFixed(1)} ms)`).toBeLessThan(HEALTH_BOUND_MS);
});
