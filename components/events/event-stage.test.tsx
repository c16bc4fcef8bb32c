import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { eventFactsOf } from '@/lib/events/event-facts';
import type { FrontMatter } from '@/lib/recaps/schema';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { EventStageBlock } from './event-stage';
import { EventCard } from './event-card';

const announced = (fm: Partial<FrontMatter> = {}) =>
  recapFixture({
    slug: 'hz',
    date: '2027-03-20',
    talks: [
      { id: 'gitops', title: 'GitOps', speakers: [{ name: 'Lin Yue', slug: 'lin-yue' }], start: '14:00', summary: '' },
      { id: 'pg', title: 'PostgreSQL', speakers: [{ name: 'Chen', slug: 'chen' }], start: '14:45', summary: '' },
    ],
    event: eventFactsOf(
      {
        date: '2027-03-20',
        start: '14:00',
        end: '17:30',
        timeZone: 'Asia/Shanghai',
        city: 'Hangzhou',
        venue: 'Hall B',
        attendance: 'mixed',
        onlineUrl: 'https://live.example.org/x',
        registration: 'https://example.org/register',
        announcement: true,
        series: 'cloud-native-practice',
        seriesName: 'Cloud Native Practice',
        ...fm,
      },
      'UTC',
    ),
  });

/** The text of rendered HTML, without its tags. */
const text = (markup: string) => markup.replace(/<[^>]+>/g, '');

const html = (recap: ReturnType<typeof announced>, stage: 'announcement' | 'awaiting-recap' | 'recap', locale: 'en' | 'zh' = 'en') =>
  renderToStaticMarkup(<EventStageBlock recap={recap} stage={stage} locale={locale} />);

describe('the event page by stage and status', () => {
  it('an announcement: time in its zone, named; place, attendance with the link, Register, agenda, series', () => {
    const out = html(announced(), 'announcement');
    expect(text(out)).toContain('14:00–17:30, China Standard Time (Asia/Shanghai)');
    expect(out).toContain('Hall B');
    expect(out).toContain('In person and online');
    expect(out).toContain('href="https://live.example.org/x"');
    expect(out).toMatch(/<a href="https:\/\/example.org\/register"[^>]*data-testid="register"[^>]*>Register<\/a>/);
    expect(out).toMatch(/14:00<\/span>.*GitOps.*14:45<\/span>.*PostgreSQL/s);
    expect(out).toContain('href="/series/cloud-native-practice"');
    expect(out).not.toContain('role="status"');
    // The visitor's own time is a client leaf: nothing in the server HTML.
    expect(out).not.toContain('local-time');
  });

  it('in Chinese, the same facts in Chinese words', () => {
    const out = html(announced(), 'announcement', 'zh');
    expect(text(out)).toContain('14:00–17:30，中国标准时间（Asia/Shanghai）');
    // The zone's IANA name is Latin text on a Chinese page.
    expect(out).toContain('<span lang="en">Asia/Shanghai</span>');
    expect(out).toContain('报名');
    expect(out).toContain('href="/zh/series/cloud-native-practice"');
  });

  it('after the end: it took place, the recap is coming, with the agenda and no Register', () => {
    const out = html(announced(), 'awaiting-recap');
    expect(out).toContain('This meetup took place on Saturday, 20 March 2027. The recap is coming.');
    expect(out).toContain('GitOps');
    expect(out).not.toContain('data-testid="register"');
  });

  it('cancelled: a status banner keeping the original date, no Register, and never "took place"', () => {
    const cancelled = announced({ eventStatus: 'cancelled' });
    const out = html(cancelled, 'announcement');
    expect(out).toMatch(/role="status".*This meetup is cancelled.*It was to take place on Saturday, 20 March 2027\./s);
    expect(out).not.toContain('data-testid="register"');
    expect(html(cancelled, 'awaiting-recap')).not.toContain('took place');
    expect(html(cancelled, 'recap', 'zh')).toContain('本次活动已取消');
  });

  it('postponed, rescheduled and moved online say so', () => {
    expect(html(announced({ eventStatus: 'postponed' }), 'announcement')).toContain('The new date is to be announced.');
    const moved = announced({ eventStatus: 'rescheduled', date: '2027-03-27', previousDate: '2027-03-20', previousStart: '14:00' });
    expect(html(moved, 'announcement')).toContain('Moved from 20 March 2027, 14:00.');
    const online = html(announced({ eventStatus: 'moved-online' }), 'announcement');
    expect(online).toMatch(/This meetup has moved online.*<a href="https:\/\/live.example.org\/x"[^>]*>join here<\/a>/s);
  });

  it('a talk whose speaker changed names the announced one', () => {
    const out = renderToStaticMarkup(
      <EventStageBlock
        recap={announced()}
        stage="announcement"
        locale="en"
        speakerChanges={[{ talk: 'pg', announced: ['Old Speaker'], spoke: ['Chen'], at: '2027-03-01T00:00:00Z' }]}
      />,
    );
    expect(out).toContain('Announced: Old Speaker');
  });

  it('a recap shows its time in its zone and its series link, no agenda', () => {
    const out = html(announced({ announcement: false }), 'recap');
    expect(out).toContain('Part of the series');
    expect(text(out)).toContain('14:00–17:30, China Standard Time (Asia/Shanghai)');
    expect(out).not.toContain('Agenda');
  });
});

describe('EventCard', () => {
  it('date and time in its zone, city, Register; a cancelled one says so and has no Register', () => {
    const out = renderToStaticMarkup(<EventCard locale="en" recap={announced()} />);
    expect(out).toContain('Saturday, 20 March 2027');
    expect(text(out)).toContain('14:00–17:30, China Standard Time (Asia/Shanghai)');
    expect(out).toContain('Register');
    const cancelled = renderToStaticMarkup(<EventCard locale="zh" recap={announced({ eventStatus: 'cancelled' })} />);
    expect(cancelled).toContain('已取消');
    expect(cancelled).not.toContain('报名');
  });
});
