import { describe, expect, it } from 'vitest';
import { oneVersionPerEvent } from './queries';

const events = new Map([
  ['meetup-en', { key: 'meetup', locale: 'en' }],
  ['meetup-zh', { key: 'meetup', locale: 'zh' }],
  ['alone', { key: 'alone', locale: 'zh' }],
]);
const hit = (recapSlug: string, talk = '') => ({ recapSlug, talk, locale: events.get(recapSlug)!.locale });

describe('oneVersionPerEvent', () => {
  it('keeps the hits of the version in the page language, in the index order', () => {
    const hits = [hit('meetup-zh'), hit('alone'), hit('meetup-en', 't1'), hit('meetup-zh', 't1'), hit('meetup-en')];
    expect(oneVersionPerEvent(hits, events, 'en').map((h) => `${h.recapSlug}#${h.talk}`)).toEqual(['alone#', 'meetup-en#t1', 'meetup-en#']);
    expect(oneVersionPerEvent(hits, events, 'zh').map((h) => `${h.recapSlug}#${h.talk}`)).toEqual(['meetup-zh#', 'alone#', 'meetup-zh#t1']);
  });

  it('finds an event through its other language when only that version matches', () => {
    expect(oneVersionPerEvent([hit('meetup-zh', 't2')], events, 'en').map((h) => h.recapSlug)).toEqual(['meetup-zh']);
  });
});
