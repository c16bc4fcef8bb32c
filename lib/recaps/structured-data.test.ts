import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recapStructuredData } from './structured-data';
import { recapFixture } from '@/lib/testing/recap-fixture';

type EventData = Extract<ReturnType<typeof recapStructuredData>[number], { subEvent: unknown }>;
type PostingData = Exclude<ReturnType<typeof recapStructuredData>[number], EventData>;
/** The Event and BlogPosting, typed apart (the function returns them as one union array). */
const structured = (recap: Parameters<typeof recapStructuredData>[0]) => {
  const [event, posting] = recapStructuredData(recap);
  return [event as EventData, posting as PostingData] as const;
};

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
    expect(event.subEvent.map((s) => s.name)).toEqual(['Multi-cluster', '圆桌']);
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
    const [event, posting] = recapStructuredData(recap, [{ slug: 'meetup-en', locale: 'en' }]) as [
      EventData & { sameAs: string[] },
      PostingData & { workTranslation: unknown[] },
    ];
    expect(event).toMatchObject({ '@type': 'Event', inLanguage: 'zh-CN', sameAs: ['https://recaps.example/recaps/meetup-en#event'] });
    expect(event.subEvent).toHaveLength(recap.talks.length);
    expect(posting.workTranslation).toEqual([{ '@type': 'BlogPosting', url: 'https://recaps.example/recaps/meetup-en', inLanguage: 'en' }]);
    expect(recapStructuredData(recap).filter((d) => d['@type'] === 'Event')).toHaveLength(1);
  });

  it('without a published translation, names none', () => {
    const [event, posting] = structured(recapFixture());
    expect(event).not.toHaveProperty('sameAs');
    expect(posting).not.toHaveProperty('workTranslation');
  });
});
