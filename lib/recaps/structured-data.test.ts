import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recapStructuredData } from './structured-data';
import { eventFactsOf } from '@/lib/events/event-facts';
import { recapFixture } from '@/lib/testing/recap-fixture';
import type { RecapSummary } from './types';

/** The JSON-LD as plain data: its objects read by property, whatever their schema.org type. */
type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ld = (recap: RecapSummary, at = NOW, translations: Pick<RecapSummary, 'slug' | 'locale'>[] = []) =>
  recapStructuredData(recap, translations, at) as Node[];
const structured = (recap: RecapSummary, at = NOW) => {
  const data = ld(recap, at);
  return [data.find((d) => d['@type'] === 'Event')!, data.find((d) => d['@type'] === 'BlogPosting')] as const;
};

// Long after the fixture's 2023 recap, before the announced events below.
const NOW = new Date('2027-01-10T00:00:00Z');

type EventFields = Parameters<typeof eventFactsOf>[0];
/** An announced event on 2027-03-20, 14:00–17:00 in Shanghai, with `fields` changed. */
function announced(fields: Partial<EventFields> = {}, patch: Partial<RecapSummary> = {}): RecapSummary {
  const fm: EventFields = {
    date: '2027-03-20',
    city: 'Shenzhen',
    venue: 'Tencent Building',
    address: '10000 Shennan Avenue',
    start: '14:00',
    end: '17:00',
    registration: 'https://example.com/register',
    announcement: true,
    ...fields,
  };
  return recapFixture({ date: fm.date, published: '2027-01-05', lastModified: '2027-01-05', event: eventFactsOf(fm, 'Asia/Shanghai'), ...patch });
}

const saved = process.env.SITE_URL;
beforeEach(() => {
  process.env.SITE_URL = 'https://recaps.example/';
});
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = saved;
});

describe('recapStructuredData', () => {
  it('describes the event with one subEvent per talk', () => {
    const recap = recapFixture();
    const [event] = structured(recap);
    expect(event['@type']).toBe('Event');
    expect(event.subEvent).toHaveLength(recap.talks.length);
    expect(event.subEvent.map((s: Node) => s.name)).toEqual(['Multi-cluster', '圆桌']);
    // Each talk happens at the event's place, named once and referred to by @id.
    expect(event.location).toMatchObject({ '@type': 'Place', '@id': `${event.url}#place` });
    for (const talk of event.subEvent) expect(talk.location).toEqual({ '@id': event.location['@id'] });
  });

  it('has no subEvent entries for a recap without talks', () => {
    expect(structured(recapFixture({ talks: [] }))[0].subEvent).toEqual([]);
  });

  it('gives each performer a job title and an affiliation when known', () => {
    const [event] = structured(recapFixture());
    expect(event.subEvent[0].performer).toEqual([
      {
        '@type': 'Person',
        name: 'Zhang Xiao',
        jobTitle: 'Lead of the container team',
        affiliation: { '@type': 'Organization', name: 'DaoCloud' },
        url: 'https://recaps.example/speakers/zhang-xiao',
      },
    ]);
    const [alice, li] = event.subEvent[1].performer;
    expect(alice).toEqual({ '@type': 'Person', name: 'Alice', url: 'https://recaps.example/speakers/alice' });
    expect(li).toMatchObject({ name: '李蓉', jobTitle: '首席架构师', affiliation: { '@type': 'Organization', name: '西岭能源科技' } });
    expect(li.url).toBe(`https://recaps.example/speakers/${encodeURIComponent('李蓉')}`);
    // The event names every speaker once as its performers.
    expect(event.performer.map((p: Node) => p.name)).toEqual(['Zhang Xiao', 'Alice', '李蓉']);
  });

  it('links talks to their anchors and the posting to the event', () => {
    const [event, posting] = structured(recapFixture({ locale: 'zh' }));
    expect(event.url).toBe('https://recaps.example/recaps/shenzhen-stop');
    expect(event.subEvent[1].url).toBe(`https://recaps.example/recaps/shenzhen-stop#${encodeURIComponent('圆桌')}`);
    expect(posting).toMatchObject({ '@type': 'BlogPosting', about: { '@id': `${event.url}#event` }, inLanguage: 'zh-CN', datePublished: '2023-07-20' });
    expect(event['@id']).toBe(`${event.url}#event`);
  });

  it('a translated recap: one Event in its language, the same as the other version’s; its posting names the translation', () => {
    const recap = recapFixture({ slug: 'meetup-zh', locale: 'zh' });
    const data = ld(recap, NOW, [{ slug: 'meetup-en', locale: 'en' }]);
    const [event, posting] = data;
    expect(event).toMatchObject({ '@type': 'Event', inLanguage: 'zh-CN', sameAs: ['https://recaps.example/recaps/meetup-en#event'] });
    expect(event.subEvent).toHaveLength(recap.talks.length);
    expect(posting.workTranslation).toEqual([{ '@type': 'BlogPosting', url: 'https://recaps.example/recaps/meetup-en', inLanguage: 'en' }]);
    expect(data.filter((d) => d['@type'] === 'Event')).toHaveLength(1);
  });

  it('without a published translation, names none', () => {
    const [event, posting] = structured(recapFixture());
    expect(event).not.toHaveProperty('sameAs');
    expect(posting).not.toHaveProperty('workTranslation');
  });

  it('an old recap without times: its whole day in the site zone, as dates only, and nothing a validator refuses', () => {
    const [event] = structured(recapFixture());
    expect(event).toMatchObject({ startDate: '2023-07-15', endDate: '2023-07-15', eventStatus: 'https://schema.org/EventScheduled' });
    expect(event.subEvent.every((s: Node) => s.startDate === '2023-07-15')).toBe(true);
    expect(event.location.address).toEqual({ '@type': 'PostalAddress', addressLocality: 'Shenzhen' });
    expect(event).not.toHaveProperty('offers');
    expect(event).not.toHaveProperty('previousStartDate');
    // No undefined or empty values left in the JSON (a validator reads `"x": null` as wrong).
    expect(JSON.stringify(event)).not.toMatch(/null|""|undefined/);
  });
});

describe('an announced event (Google Event requirements)', () => {
  it('has times with their offset, a Place with its postal address, registration, organizer and image', () => {
    const data = ld(announced({}, { cover: '/covers/shenzhen.svg' }));
    expect(data.map((d) => d['@type'])).toEqual(['Event']);
    const [event] = data;
    expect(event).toMatchObject({
      name: 'Shenzhen Stop',
      description: 'A recap.',
      startDate: '2027-03-20T14:00:00+08:00',
      endDate: '2027-03-20T17:00:00+08:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Tencent Building',
        address: { '@type': 'PostalAddress', streetAddress: '10000 Shennan Avenue', addressLocality: 'Shenzhen' },
      },
      organizer: { '@type': 'Organization', name: 'OpenTenBase', url: 'https://recaps.example/' },
      offers: {
        '@type': 'Offer',
        url: 'https://example.com/register',
        price: 0,
        priceCurrency: 'CNY',
        availability: 'https://schema.org/InStock',
        validFrom: '2027-01-05',
      },
      image: ['https://recaps.example/covers/shenzhen.svg', 'https://recaps.example/recaps/shenzhen-stop/opengraph-image'],
      inLanguage: 'en',
    });
    expect(event.performer).toHaveLength(3);
  });

  it('gives each talk its agenda time in the event’s zone, and the event’s start when it has none', () => {
    const recap = announced();
    recap.talks = [{ ...recap.talks[0], start: '15:30' }, recap.talks[1]];
    const [event] = ld(recap);
    expect(event.subEvent.map((s: Node) => s.startDate)).toEqual(['2027-03-20T15:30:00+08:00', '2027-03-20T14:00:00+08:00']);
  });

  it('names every status', () => {
    const status = (fields: Partial<EventFields>) => ld(announced(fields))[0].eventStatus;
    expect(status({})).toBe('https://schema.org/EventScheduled');
    expect(status({ eventStatus: 'scheduled' })).toBe('https://schema.org/EventScheduled');
    expect(status({ eventStatus: 'cancelled' })).toBe('https://schema.org/EventCancelled');
    expect(status({ eventStatus: 'postponed' })).toBe('https://schema.org/EventPostponed');
    expect(status({ eventStatus: 'rescheduled', previousDate: '2027-03-13', previousStart: '14:00' })).toBe('https://schema.org/EventRescheduled');
    expect(status({ eventStatus: 'moved-online', onlineUrl: 'https://meet.example/room' })).toBe('https://schema.org/EventMovedOnline');
  });

  it('a rescheduled event: the new start, and the previous one with its offset (or its date when it had no time)', () => {
    const [event] = ld(announced({ eventStatus: 'rescheduled', previousDate: '2027-03-13', previousStart: '10:00' }));
    expect(event).toMatchObject({ startDate: '2027-03-20T14:00:00+08:00', previousStartDate: '2027-03-13T10:00:00+08:00' });
    expect(ld(announced({ eventStatus: 'rescheduled', previousDate: '2027-03-13' }))[0].previousStartDate).toBe('2027-03-13');
  });

  it('a cancelled event keeps its date, and offers no registration', () => {
    const [event] = ld(announced({ eventStatus: 'cancelled' }));
    expect(event).toMatchObject({ startDate: '2027-03-20T14:00:00+08:00', endDate: '2027-03-20T17:00:00+08:00' });
    expect(event).not.toHaveProperty('offers');
    expect(event).not.toHaveProperty('previousStartDate');
  });

  it('names every attendance mode with its location: a Place, a VirtualLocation, or both', () => {
    const online = ld(announced({ attendance: 'online', onlineUrl: 'https://meet.example/room' }))[0];
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online.location).toMatchObject({ '@type': 'VirtualLocation', url: 'https://meet.example/room' });
    expect(online.subEvent[0].location).toEqual({ '@id': online.location['@id'] });

    const mixed = ld(announced({ attendance: 'mixed', onlineUrl: 'https://meet.example/room' }))[0];
    expect(mixed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(mixed.location.map((l: Node) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
    expect(mixed.subEvent[0].location).toHaveLength(2);

    const inPerson = ld(announced({ attendance: 'in-person' }))[0];
    expect(inPerson.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(inPerson.location['@type']).toBe('Place');

    // Moved online: the status says so and the event is attended online.
    const moved = ld(announced({ eventStatus: 'moved-online', onlineUrl: 'https://meet.example/room' }))[0];
    expect(moved).toMatchObject({ eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode', location: { '@type': 'VirtualLocation' } });
  });

  it('writes the offset each day has: New York before and after clocks go forward in March', () => {
    const zone = 'America/New_York';
    const before = eventFactsOf({ date: '2027-03-13', city: 'New York', start: '18:00', end: '20:00', timeZone: zone }, 'Asia/Shanghai');
    const after = eventFactsOf({ date: '2027-03-15', city: 'New York', start: '18:00', end: '20:00', timeZone: zone }, 'Asia/Shanghai');
    const recap = (event: typeof before) => recapFixture({ date: event.date, event: { ...event, announcement: true }, published: '2027-01-05' });
    expect(ld(recap(before))[0]).toMatchObject({ startDate: '2027-03-13T18:00:00-05:00', endDate: '2027-03-13T20:00:00-05:00' });
    expect(ld(recap(after))[0]).toMatchObject({ startDate: '2027-03-15T18:00:00-04:00', endDate: '2027-03-15T20:00:00-04:00' });
    // Free either way: a zone without a currency of its own in the table is priced in USD.
    const registered = recapFixture({
      date: after.date,
      event: { ...after, announcement: true, registration: 'https://example.com/r' },
      published: '2027-01-05',
    });
    expect(ld(registered)[0].offers).toMatchObject({ price: 0, priceCurrency: 'USD' });
  });

  it('an all-day announced event has dates only', () => {
    const [event] = ld(announced({ start: undefined, end: undefined, endDate: '2027-03-21' }));
    expect(event).toMatchObject({ startDate: '2027-03-20', endDate: '2027-03-21' });
  });

  it('names its series', () => {
    const [event] = ld(announced({ series: 'cloud-native-practice', seriesName: 'Cloud Native Practice' }, { locale: 'zh' }));
    expect(event.superEvent).toEqual({
      '@type': 'EventSeries',
      name: 'Cloud Native Practice',
      url: expect.stringMatching(/^https:\/\/recaps\.example\/(zh\/)?series\/cloud-native-practice$/),
    });
  });

  it('once the event is over, registration goes; the announcement still has no posting until the recap is written', () => {
    const over = new Date('2027-03-21T00:00:00Z');
    const data = ld(announced(), over);
    expect(data.map((d) => d['@type'])).toEqual(['Event']);
    expect(data[0]).not.toHaveProperty('offers');
    // During the event, registration still stands.
    expect(ld(announced(), new Date('2027-03-20T07:00:00Z'))[0].offers).toBeDefined();
  });
});

describe('after the event: the recap', () => {
  it('carries the Event, the BlogPosting and a VideoObject per talk with a video', () => {
    const recap = recapFixture();
    recap.talks = [
      { ...recap.talks[0], video: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', summary: 'How we run many clusters.' },
      { ...recap.talks[1], video: 'https://www.bilibili.com/video/BV1xx411c7mD' },
      { id: 'no-video', title: 'No video', speakers: [], summary: '' },
    ];
    const data = ld(recap);
    expect(data.map((d) => d['@type'])).toEqual(['Event', 'BlogPosting', 'VideoObject', 'VideoObject']);
    const [, , youtube, bilibili] = data;
    expect(youtube).toMatchObject({
      name: 'Multi-cluster',
      description: 'How we run many clusters.',
      thumbnailUrl: 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg',
      uploadDate: '2023-07-20',
      embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    });
    expect(bilibili).toMatchObject({
      name: '圆桌',
      description: 'y',
      thumbnailUrl: 'https://recaps.example/recaps/shenzhen-stop/opengraph-image',
      embedUrl: 'https://player.bilibili.com/player.html?bvid=BV1xx411c7mD',
    });
  });

  it('a video link of another site is the VideoObject’s content, with the cover as its thumbnail', () => {
    const recap = recapFixture({ cover: 'https://cdn.example/cover.png' });
    recap.talks = [{ ...recap.talks[0], video: 'https://videos.example/talk.mp4' }];
    const video = ld(recap).find((d) => d['@type'] === 'VideoObject')!;
    expect(video).toMatchObject({ contentUrl: 'https://videos.example/talk.mp4', thumbnailUrl: 'https://cdn.example/cover.png' });
    expect(video).not.toHaveProperty('embedUrl');
  });

  it('an announcement turned recap on the same page: the posting appears', () => {
    const recap = announced({ announcement: false }, { published: '2027-03-22', lastModified: '2027-03-22' });
    const data = ld(recap, new Date('2027-03-23T00:00:00Z'));
    expect(data.map((d) => d['@type'])).toEqual(['Event', 'BlogPosting']);
    expect(data[0]).toMatchObject({ startDate: '2027-03-20T14:00:00+08:00' });
  });
});
