import { expect, test, type Page } from '@playwright/test';
import { ADMIN, dbQuery, editorReady, fillRequiredFields, signInUi, uid, waitSaved, eventField, newAnnouncementUi } from '../support/admin';

// Issue 12, the organizer side: an announcement is written in the same
// editor, published before its event, and a change of its time asks for
// confirmation, showing what calendar subscribers will get. Bad event input
// is said at its field, with the text typed still there, never a 500.

const NEXT_YEAR = new Date().getUTCFullYear() + 1;
const EVENT_DATE = `${NEXT_YEAR}-06-10`;

/** The n-th (or with n = -1 the last) Sunday of March of `year`: the days daylight saving time starts in New York (2nd) and Berlin (last). */
function marchSunday(year: number, n: number): string {
  const sundays = Array.from({ length: 31 }, (_, i) => new Date(Date.UTC(year, 2, i + 1))).filter((d) => d.getUTCDay() === 0);
  return (n < 0 ? sundays.at(n)! : sundays[n - 1]).toISOString().slice(0, 10);
}
const NEW_YORK_SPRING = marchSunday(NEXT_YEAR, 2);
const BERLIN_SPRING = marchSunday(NEXT_YEAR, -1);

const field = eventField;
const fieldError = (page: Page, key: string) => page.locator(`#recap-field-${key}-error`);

/** The event as the read model holds it (public_recaps.event, what public pages and feeds read). */
const liveEvent = (slug: string) => {
  const [row] = dbQuery<{ event: string }>('SELECT event FROM public_recaps WHERE slug = ?', slug);
  return row ? (JSON.parse(row.event) as { start?: string; timeZone: string; announcement: boolean; registration?: string }) : null;
};

test('an announcement for next year goes live; a change of its time is confirmed after seeing before and after', async ({ page, playwright, baseURL }) => {
  test.setTimeout(60_000);
  const id = uid();
  const slug = `announced-${id}`;
  await signInUi(page, ADMIN.email, ADMIN.password);
  await newAnnouncementUi(page, `Announced Meetup ${id}`, slug, EVENT_DATE);
  await fillRequiredFields(page, { city: 'Berlin', community: 'Berlin JS', description: 'Talks on the web platform.', tags: 'web' });
  await field(page, 'start').fill('19:00');
  await field(page, 'end').fill('21:00');
  await field(page, 'timeZone').fill('Europe/Berlin');
  await field(page, 'registration').fill('https://example.com/register');
  await waitSaved(page);

  const panel = page.getByTestId('publish-panel');
  const outcome = panel.getByTestId('publish-outcome');
  await panel.getByRole('button', { name: 'Publish now' }).click();
  await expect(outcome).toHaveText('Published. The public page is live.');
  const anon = await playwright.request.newContext({ baseURL });
  expect((await anon.get(`/recaps/${slug}`, { maxRedirects: 0 })).status()).toBe(200);
  expect(liveEvent(slug)).toMatchObject({ start: '19:00', timeZone: 'Europe/Berlin', announcement: true, registration: 'https://example.com/register' });

  // The start moves half an hour earlier: Update live page first shows what subscribers will get.
  await field(page, 'start').fill('18:30');
  await waitSaved(page);
  await panel.getByRole('button', { name: 'Update live page' }).click();
  const confirm = panel.getByTestId('event-change-confirm');
  await expect(confirm).toContainText('Calendar subscribers will get this update');
  await expect(confirm.getByTestId('event-change-when')).toContainText(`${EVENT_DATE} 19:00–21:00 (Europe/Berlin)`);
  await expect(confirm.getByTestId('event-change-when')).toContainText(`${EVENT_DATE} 18:30–21:00 (Europe/Berlin)`);
  expect(liveEvent(slug)?.start, 'nothing public changed before the confirmation').toBe('19:00');
  await confirm.getByRole('button', { name: 'Confirm and update live page' }).click();
  await expect(outcome).toHaveText('Updated. The public page now shows this text.');
  await expect(confirm).toHaveCount(0);
  expect(liveEvent(slug)?.start).toBe('18:30');
  expect((await anon.get(`/recaps/${slug}`, { maxRedirects: 0 })).status()).toBe(200);
  await anon.dispose();
});

test('bad event input is said at its field, and what was typed stays', async ({ page }) => {
  test.setTimeout(60_000);
  const id = uid();
  const failures: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 500) failures.push(`${r.status()} ${r.url()}`);
  });
  await signInUi(page, ADMIN.email, ADMIN.password);
  await newAnnouncementUi(page, `Bad Input ${id}`, `bad-input-${id}`, NEW_YORK_SPRING);

  /** Types each value, then waits for the message at `at` with the typed text still in every field. */
  async function expectAt(values: Record<string, string>, at: string, message: RegExp) {
    for (const [key, value] of Object.entries(values)) {
      if (key === 'eventStatus') await field(page, key).selectOption(value);
      else await field(page, key).fill(value);
    }
    await expect(fieldError(page, at)).toHaveText(message, { timeout: 10_000 });
    await expect(field(page, at)).toHaveAttribute('aria-invalid', 'true');
    for (const [key, value] of Object.entries(values)) await expect(field(page, key)).toHaveValue(value);
  }

  await expectAt(
    { timeZone: 'America/New_York', start: '02:30', end: '04:00' },
    'start',
    new RegExp(`02:30 does not exist on ${NEW_YORK_SPRING} in America/New_York`),
  );
  await page.getByLabel('Event date').fill(BERLIN_SPRING);
  await expectAt({ timeZone: 'Europe/Berlin' }, 'start', new RegExp(`02:30 does not exist on ${BERLIN_SPRING} in Europe/Berlin`));
  await expectAt({ start: '21:00', end: '19:00' }, 'end', /^end: the event ends \(19:00\) before or when it starts \(21:00\)/);
  await expectAt({ end: '22:00', timeZone: 'Mars/Base' }, 'timeZone', /^timeZone must be an IANA time zone/);
  await expectAt({ timeZone: '', registration: 'javascript:alert(1)' }, 'registration', /^registration must be an http\(s\) URL/);
  await expectAt({ registration: 'ftp://x' }, 'registration', /^registration must be an http\(s\) URL/);
  await expectAt({ registration: '', eventStatus: 'rescheduled' }, 'previousDate', /^previousDate: a rescheduled event keeps the date/);
  await expectAt({ eventStatus: 'moved-online' }, 'onlineUrl', /^onlineUrl: an event held online needs the link/);
  // Saved as typed: after a reload the fields hold the same text.
  await waitSaved(page);
  await page.reload();
  await editorReady(page);
  await expect(field(page, 'start')).toHaveValue('21:00');
  await expect(field(page, 'eventStatus')).toHaveValue('moved-online');
  expect(failures, 'no server error').toEqual([]);
});
