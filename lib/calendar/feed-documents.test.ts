import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { calendarNotFound, calendarResponse, feedName, recapCalendarResponse } from './feed-documents';

const entry = {
  recap: recapFixture({ locale: 'zh', title: '深圳站' }),
  record: { uid: 'u-1', sequence: 2, createdAt: '2027-01-01T00:00:00Z', changedAt: '2027-01-02T00:00:00Z' },
};

describe('calendar answers', () => {
  it('are text/calendar in UTF-8, named in the feed language', async () => {
    const response = calendarResponse({ kind: 'city', name: '深圳' }, 'zh', '/zh/cities/深圳/calendar.ics', [entry]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const vcalendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(vcalendar.getFirstPropertyValue('x-wr-calname')).toMatch(/^深圳的活动（/);
    expect(vcalendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).toBe('u-1');
  });

  it("a recap's own feed is named by its title, in its language", async () => {
    const text = await recapCalendarResponse(entry).text();
    expect(text).toContain('X-WR-CALNAME:深圳站\r\n');
    expect(text).toContain('/recaps/shenzhen-stop/calendar.ics');
  });

  it('names every kind of feed', () => {
    expect(feedName({ kind: 'speaker', name: 'Alice' }, 'en')).toMatch(/^Talks by Alice \(/);
    expect(feedName({ kind: 'series', name: 'Cloud Native Tour' }, 'en')).toMatch(/^Cloud Native Tour \(/);
    expect(feedName({ kind: 'site' }, 'zh')).toMatch(/：活动$/);
  });

  it('a miss is a real 404', () => {
    expect(calendarNotFound().status).toBe(404);
  });
});
