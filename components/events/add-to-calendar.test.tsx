import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { recapCalendarAlternate, scopedCalendarAlternate, siteCalendarAlternate } from '@/lib/calendar/alternates';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { AddToCalendar } from './add-to-calendar';

describe('AddToCalendar', () => {
  it('is three plain links in the page language: Google, Outlook and the event’s .ics', () => {
    const html = renderToStaticMarkup(<AddToCalendar recap={recapFixture({ slug: '深圳-stop' })} locale="zh" />);
    expect(html).toContain('添加到日历');
    expect(html).toContain('href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Shenzhen%20Stop');
    expect(html).toContain('href="https://outlook.live.com/calendar/0/action/compose?subject=Shenzhen%20Stop');
    expect(html).toContain(`href="/recaps/${encodeURIComponent('深圳-stop')}/calendar.ics"`);
    expect(html).not.toContain('<script');
  });
});

describe('calendar alternates', () => {
  it('name each feed for the head, in the page language', () => {
    expect(recapCalendarAlternate({ slug: 'x', title: 'Shenzhen Stop', locale: 'en' })).toEqual({
      'text/calendar': [{ url: '/recaps/x/calendar.ics', title: 'Calendar: Shenzhen Stop' }],
    });
    expect(siteCalendarAlternate('zh')['text/calendar'][0].url).toBe('/zh/calendar.ics');
    expect(scopedCalendarAlternate('city', 'Shenzhen', 'Shenzhen', 'en')['text/calendar'][0].url).toBe('/cities/shenzhen/calendar.ics');
    expect(scopedCalendarAlternate('speaker', '李蓉', '李蓉', 'zh')['text/calendar'][0]).toMatchObject({
      url: `/zh/speakers/${encodeURIComponent('李蓉')}/calendar.ics`,
      title: expect.stringContaining('李蓉的演讲'),
    });
  });
});
