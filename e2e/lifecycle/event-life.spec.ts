import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN, editorReady, fillRequiredFields, signInUi, uid, waitSaved, eventField, newAnnouncementUi } from '../support/admin';

// Issue 12 end to end, on the `events` server (its own database, and a site
// clock the test moves: TEST_CLOCK_FILE, lib/events/clock.ts): an event's
// whole life on one URL, as an organizer and a calendar subscriber see it.
// Announce a meetup, subscribe, change its time, let the clock pass its end,
// write the recap through the working copy, publish it; cancel another.

test.describe.configure({ mode: 'serial' });

/** The events server's clock file (playwright.config.ts): "now" for the site is what it holds, running on from when it was written. */
const CLOCK_FILE = path.resolve('test-results/.e2e-events/clock.txt');
const setClock = (at: Date) => fs.writeFileSync(CLOCK_FILE, `${at.toISOString()}\n`);

const DAY = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

const field = eventField;

async function replaceBody(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

interface FeedEvent {
  uid: string;
  sequence: number;
  status: string;
  url: string;
  summary: string;
  start: string;
  tzid: string | null;
}

/** A calendar feed as a subscriber's calendar reads it (ical.js, another implementation than the writer's). */
async function feed(anon: APIRequestContext, url: string): Promise<FeedEvent[]> {
  const response = await anon.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const text = await response.text();
  expect(text.includes('\r\n') && !/[^\r]\n/.test(text), 'CRLF line endings').toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstProperty('dtstart')!;
    return {
      uid: String(v.getFirstPropertyValue('uid')),
      sequence: Number(v.getFirstPropertyValue('sequence') ?? 0),
      status: String(v.getFirstPropertyValue('status') ?? ''),
      url: String(v.getFirstPropertyValue('url') ?? ''),
      summary: String(v.getFirstPropertyValue('summary') ?? ''),
      start: String(start.getFirstValue()),
      tzid: (start.getParameter('tzid') as string | undefined) ?? null,
    };
  });
}

const eventOf = (events: FeedEvent[], slug: string) => events.find((e) => e.url.endsWith(`/recaps/${slug}`));

const AGENDA = (id: string) =>
  [
    `<Talk title="Operators in practice ${id}" speakers="Ann Example (Engineer, Example Co)" start="19:10" />`,
    '',
    `<Talk title="Storage on every node ${id}" speakers="Bo Sample (Maintainer, Sample Project)" start="19:50" />`,
    '',
  ].join('\n');

const RECAP = (id: string) =>
  [
    `About forty people came to the meetup ${id}.`,
    '',
    `<Talk title="Operators in practice ${id}" speakers="Ann Example (Engineer, Example Co)" start="19:10">`,
    '',
    `Ann showed how her team writes operators ${id}.`,
    '',
    '</Talk>',
    '',
    `<Talk title="Storage on every node ${id}" speakers="Bo Sample (Maintainer, Sample Project)" start="19:50">`,
    '',
    `Bo walked through local volumes ${id}.`,
    '',
    '</Talk>',
    '',
  ].join('\n');

test.beforeEach(() => setClock(new Date()));
test.afterAll(() => setClock(new Date()));

test('an announced meetup becomes its recap on the same URL; subscribers follow its changes', async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const id = uid();
  const slug = `life-${id}`;
  const title = `Life of a Meetup ${id}`;
  const date = dateIn(30);
  const anon = await playwright.request.newContext({ baseURL });

  // 1. Announce it.
  await signInUi(page, ADMIN.email, ADMIN.password);
  await newAnnouncementUi(page, title, slug, date);
  await fillRequiredFields(page, {
    city: 'Berlin',
    community: 'Berlin Cloud Native',
    description: 'Operators and storage, an evening of talks.',
    tags: 'kubernetes',
  });
  await page.getByLabel('Venue').fill('Hall 3, Example Campus');
  await field(page, 'start').fill('19:00');
  await field(page, 'end').fill('21:00');
  await field(page, 'timeZone').fill('Europe/Berlin');
  await field(page, 'registration').fill('https://example.org/register');
  await replaceBody(page, AGENDA(id));
  await waitSaved(page);
  const panel = page.getByTestId('publish-panel');
  const outcome = panel.getByTestId('publish-outcome');
  await panel.getByRole('button', { name: 'Publish now' }).click();
  await expect(outcome).toHaveText('Published. The public page is live.');

  // The page is the announcement: time in the event's zone, how to register, the agenda, add to calendar.
  const visitor = await page.context().browser()!.newPage({ baseURL });
  await visitor.goto(`/recaps/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(visitor.locator('main')).toContainText('19:00');
  await expect(visitor.locator('main')).toContainText('Europe/Berlin');
  await expect(visitor.getByRole('link', { name: /Register/ }).first()).toHaveAttribute('href', 'https://example.org/register');
  await expect(visitor.locator('main')).toContainText(`Operators in practice ${id}`);
  await expect(visitor.getByRole('link', { name: 'Google Calendar' })).toHaveAttribute('href', /^https:\/\/calendar\.google\.com\/calendar\/render\?/);
  await expect(visitor.locator('head link[rel="alternate"][type="text/calendar"]').first()).toHaveAttribute('href', /calendar\.ics$/);

  // 2. Subscribe: the event's own feed and the site's, parsed.
  const own = eventOf(await feed(anon, `/recaps/${slug}/calendar.ics`), slug)!;
  expect(own).toMatchObject({ summary: title, status: 'CONFIRMED', tzid: 'Europe/Berlin' });
  expect(own.start).toBe(`${date}T19:00:00`);
  const site = eventOf(await feed(anon, '/calendar.ics'), slug)!;
  expect(site.uid).toBe(own.uid);

  // 3. Change its time: confirmed after seeing what subscribers get; SEQUENCE up, UID the same.
  await field(page, 'start').fill('18:30');
  await waitSaved(page);
  await panel.getByRole('button', { name: 'Update live page' }).click();
  const confirm = panel.getByTestId('event-change-confirm');
  await expect(confirm).toContainText('Calendar subscribers will get this update');
  await confirm.getByRole('button', { name: 'Confirm and update live page' }).click();
  await expect(outcome).toHaveText('Updated. The public page now shows this text.');
  await expect.poll(async () => eventOf(await feed(anon, '/calendar.ics'), slug)?.start, { timeout: 5_000 }).toBe(`${date}T18:30:00`);
  const moved = eventOf(await feed(anon, '/calendar.ics'), slug)!;
  expect(moved.uid, 'the UID never changes').toBe(own.uid);
  expect(moved.sequence).toBe(own.sequence + 1);
  await visitor.goto(`/recaps/${slug}`);
  await expect(visitor.locator('main')).toContainText('18:30');

  // 4. The clock passes the end: the page says the meetup took place and the recap is coming.
  setClock(new Date(Date.parse(`${date}T23:00:00Z`)));
  await expect
    .poll(
      async () => {
        await visitor.goto(`/recaps/${slug}`);
        return visitor.locator('main').innerText();
      },
      { timeout: 15_000, intervals: [500, 1000] },
    )
    .toContain('The recap is coming.');
  await expect(visitor.getByRole('link', { name: 'Google Calendar' }), 'no add-to-calendar for a past event').toHaveCount(0);

  // 5. The recap, written through the working copy: same talks, summaries added, no longer an announcement.
  await page.reload();
  await editorReady(page);
  await field(page, 'announcement').uncheck();
  await replaceBody(page, RECAP(id));
  await waitSaved(page);
  await panel.getByRole('button', { name: 'Update live page' }).click();
  await expect(outcome).toHaveText('Updated. The public page now shows this text.');

  // 6. The same URL is now the recap, with the announced talks; the feeds still have the event.
  await expect
    .poll(
      async () => {
        await visitor.goto(`/recaps/${slug}`);
        return visitor.locator('main').innerText();
      },
      { timeout: 10_000 },
    )
    .toContain(`Ann showed how her team writes operators ${id}.`);
  await expect(visitor.locator('main')).not.toContainText('The recap is coming.');
  await expect(visitor.getByRole('heading', { name: `Operators in practice ${id}` })).toBeVisible();
  await expect(visitor.getByRole('heading', { name: `Storage on every node ${id}` })).toBeVisible();
  const after = eventOf(await feed(anon, '/calendar.ics'), slug)!;
  expect(after).toMatchObject({ uid: own.uid, status: 'CONFIRMED', start: `${date}T18:30:00` });
  expect(eventOf(await feed(anon, `/recaps/${slug}/calendar.ics`), slug)?.uid).toBe(own.uid);
  await visitor.close();
  await anon.dispose();
});

test('a cancelled meetup stays in the feeds as cancelled, and its page says so', async ({ page, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const id = uid();
  const slug = `cancelled-${id}`;
  const date = dateIn(45);
  const anon = await playwright.request.newContext({ baseURL });
  await signInUi(page, ADMIN.email, ADMIN.password);
  await newAnnouncementUi(page, `Cancelled Meetup ${id}`, slug, date);
  await fillRequiredFields(page, { city: 'Chengdu', community: 'Chengdu Cloud Native', description: 'An afternoon of talks.', tags: 'kubernetes' });
  await field(page, 'start').fill('14:00');
  await field(page, 'end').fill('17:00');
  await replaceBody(page, AGENDA(id));
  await waitSaved(page);
  const panel = page.getByTestId('publish-panel');
  const outcome = panel.getByTestId('publish-outcome');
  await panel.getByRole('button', { name: 'Publish now' }).click();
  await expect(outcome).toHaveText('Published. The public page is live.');
  const before = eventOf(await feed(anon, '/calendar.ics'), slug)!;
  expect(before.status).toBe('CONFIRMED');
  expect(before.tzid, 'the site zone (SITE_TIME_ZONE, default Asia/Shanghai)').toBe('Asia/Shanghai');

  await field(page, 'eventStatus').selectOption('cancelled');
  await waitSaved(page);
  await panel.getByRole('button', { name: 'Update live page' }).click();
  await panel.getByTestId('event-change-confirm').getByRole('button', { name: 'Confirm and update live page' }).click();
  await expect(outcome).toHaveText('Updated. The public page now shows this text.');

  await expect.poll(async () => eventOf(await feed(anon, '/calendar.ics'), slug)?.status, { timeout: 5_000 }).toBe('CANCELLED');
  const cancelled = eventOf(await feed(anon, '/calendar.ics'), slug)!;
  expect(cancelled).toMatchObject({ uid: before.uid, sequence: before.sequence + 1, start: `${date}T14:00:00` });
  expect(eventOf(await feed(anon, '/cities/chengdu/calendar.ics'), slug)?.status).toBe('CANCELLED');
  const visitor = await page.context().browser()!.newPage({ baseURL });
  await visitor.goto(`/recaps/${slug}`);
  await expect(visitor.locator('main')).toContainText('This meetup is cancelled');
  await visitor.close();
  await anon.dispose();
});
