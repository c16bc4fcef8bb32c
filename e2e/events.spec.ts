import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './support/axe';

// The public server's clock starts at 2026-12-01T08:00Z (playwright.config.ts,
// TEST_CLOCK_FILE): the sample events of 2027 are upcoming.
const HANGZHOU = '/recaps/cloud-native-practice-hangzhou-2027';
const HANGZHOU_ZH = '/recaps/cloud-native-practice-hangzhou-2027-zh';
const CANCELLED = '/recaps/guangzhou-serverless-day-2027';

test.describe('events', () => {
  test('home lists the upcoming meetups first, soonest first, a cancelled one as cancelled, then the latest recaps', async ({ page }) => {
    await page.goto('/');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.indexOf('Upcoming meetups')).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf('Upcoming meetups')).toBeLessThan(headings.indexOf('Latest recaps'));
    const cards = page.getByTestId('upcoming-events').getByTestId('event-card');
    await expect(cards).toHaveCount(3);
    await expect(cards.nth(0)).toContainText('Guangzhou Serverless Day 2027');
    await expect(cards.nth(0).getByTestId('event-card-status')).toHaveText('Cancelled');
    await expect(cards.nth(0).getByRole('link', { name: /Register/ })).toHaveCount(0);
    await expect(cards.nth(1)).toContainText('18:30–21:00, Central European Standard Time (Europe/Berlin)');
    await expect(cards.nth(2).getByRole('link', { name: /Register/ })).toHaveAttribute(
      'href',
      'https://example.org/register/cloud-native-practice-hangzhou-2027',
    );
    // The latest recaps are events that took place: no 2027 announcement among them.
    await expect(page.locator('section[aria-labelledby="latest-title"]')).not.toContainText('2027');
    await expectNoSeriousViolations(page);
  });

  test('/events: upcoming soonest first, then past ones; filters keep to /events', async ({ page }) => {
    await page.goto('/events');
    await expect(page.locator('h1')).toHaveText('Events');
    const upcoming = page.getByTestId('upcoming-events').locator('h3');
    await expect(upcoming).toHaveText(['Guangzhou Serverless Day 2027', 'Rust in Production: Berlin Evening', /Hangzhou Stop/]);
    const past = page.locator('section[aria-labelledby="past-title"]');
    await expect(past).toContainText('Cloud Native Open Source Project Application Practice: Shenzhen Stop');
    await expect(past).not.toContainText('2027');
    await page
      .getByRole('navigation', { name: 'Filter recaps' })
      .getByRole('link', { name: /Hangzhou/ })
      .click();
    await expect(page).toHaveURL(/\/events\?city=hangzhou$/);
    await expect(page.getByTestId('upcoming-events').locator('h3')).toHaveText([/Hangzhou Stop/]);
    await expectNoSeriousViolations(page);
  });

  test('/zh/events in Chinese, the Chinese version of the Hangzhou stop', async ({ page }) => {
    await page.goto('/zh/events');
    await expect(page.locator('h1')).toHaveText('活动');
    await expect(page.getByRole('heading', { name: '即将举行' })).toBeVisible();
    await expect(page.getByTestId('upcoming-events')).toContainText('云原生开源项目应用实践：杭州站');
    await expectNoSeriousViolations(page);
  });

  test('an announcement: date and times in its zone, place, attendance, Register, agenda, series; no recap neighbours needed', async ({ page }) => {
    await page.goto(HANGZHOU);
    const details = page.getByTestId('event-details');
    await expect(details).toContainText('Saturday, 20 March 2027');
    await expect(details.getByTestId('event-time')).toHaveText('14:00–17:30, China Standard Time (Asia/Shanghai)');
    await expect(details).toContainText('Dream Town Innovation Center, Hall B');
    await expect(details).toContainText('In person and online');
    await expect(details.getByRole('link', { name: 'Join online' })).toHaveAttribute('href', 'https://live.example.org/cloud-native-practice-hangzhou');
    await expect(page.getByTestId('register')).toHaveAttribute('href', 'https://example.org/register/cloud-native-practice-hangzhou-2027');
    await expect(page.getByTestId('agenda').locator('li')).toHaveText([/14:00\s*GitOps/, /14:45\s*Running PostgreSQL/, /15:45\s*eBPF/]);
    await expect(page.getByTestId('series-link').getByRole('link')).toHaveAttribute('href', '/series/cloud-native-practice');
    await expectNoSeriousViolations(page);
  });

  test.describe('in another zone', () => {
    test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });
    test("the visitor's own time is added in the browser", async ({ page }) => {
      await page.goto(HANGZHOU);
      await expect(page.getByTestId('local-time')).toContainText('Your time: 20 Mar 2027, 07:00');
    });
  });

  test.describe('in the same zone', () => {
    test.use({ timezoneId: 'Asia/Shanghai' });
    test('nothing is added', async ({ page }) => {
      await page.goto(HANGZHOU);
      await expect(page.getByTestId('event-time')).toBeVisible();
      await expect(page.getByTestId('local-time')).toHaveCount(0);
    });
  });

  test('the Chinese announcement in Chinese', async ({ page }) => {
    await page.goto(HANGZHOU_ZH);
    await expect(page.getByTestId('event-time')).toHaveText('14:00–17:30，中国标准时间（Asia/Shanghai）');
    await expect(page.getByTestId('register')).toHaveText('报名');
    await expect(page.getByTestId('series-link').getByRole('link')).toHaveAttribute('href', '/zh/series/cloud-native-practice');
    await expectNoSeriousViolations(page);
  });

  test('a cancelled event says so, keeps its date, offers no registration', async ({ page }) => {
    await page.goto(CANCELLED);
    const status = page.getByRole('status').filter({ hasText: 'cancelled' });
    await expect(status).toContainText('This meetup is cancelled');
    await expect(status).toContainText('It was to take place on Saturday, 16 January 2027.');
    await expect(page.getByTestId('register')).toHaveCount(0);
    await expectNoSeriousViolations(page);
  });

  test('a series page lists its stops in order, links its calendar; an unknown series is a 404', async ({ page }) => {
    await page.goto('/series/cloud-native-practice');
    await expect(page.locator('h1')).toHaveText('Cloud Native Open Source Project Application Practice');
    const stops = page.getByTestId('series-stops').locator('li');
    await expect(stops).toHaveCount(2);
    await expect(stops.nth(0)).toContainText('Stop 3');
    await expect(stops.nth(0)).toContainText('Shenzhen Stop');
    await expect(stops.nth(1)).toContainText('Stop 4');
    await expect(stops.nth(1)).toContainText('Hangzhou Stop');
    await expect(stops.nth(1)).toContainText('coming');
    await expect(page.getByTestId('series-calendar')).toHaveAttribute('href', '/series/cloud-native-practice/calendar.ics');
    await expectNoSeriousViolations(page);
    await page.goto('/zh/series/cloud-native-practice');
    await expect(page.locator('h1')).toHaveText('云原生开源项目应用实践');
    await expect(page.getByTestId('series-stops').locator('li').nth(1)).toContainText('第 4 站');
  });

  test.describe('unknown series', () => {
    test.use({ allowedConsoleErrors: /status of 404 \(Not Found\)/ });
    test('404', async ({ page }) => {
      expect((await page.goto('/series/no-such-series'))?.status()).toBe(404);
    });
  });

  test('a recap in a series links to it; the header links to /events', async ({ page }) => {
    await page.goto('/recaps/shenzhen-cloud-native-meetup-2023');
    await expect(page.getByTestId('event-stage')).toHaveAttribute('data-stage', 'recap');
    await expect(page.getByTestId('series-link').getByRole('link')).toHaveAttribute('href', '/series/cloud-native-practice');
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Events' }).click();
    await expect(page).toHaveURL(/\/events$/);
  });
});
