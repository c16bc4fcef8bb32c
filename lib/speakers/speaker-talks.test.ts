import { describe, expect, it } from 'vitest';
import type { SpeakerTalk } from '@/lib/recaps/types';
import { countEvents, groupSpeakerTalks } from './speaker-talks';

const talk = (slug: string, locale: 'en' | 'zh', title: string, translationKey?: string): SpeakerTalk =>
  ({
    recap: { slug, locale, title: slug, ...(translationKey ? { translationKey } : {}) },
    talk: { id: title, title, speakers: [], summary: '' },
  }) as unknown as SpeakerTalk;

describe('groupSpeakerTalks: an event in two languages counts once', () => {
  const talks = [
    talk('sz-2023-zh', 'zh', 'Dapr 助力应用现代化', 'sz-2023'),
    talk('sz-2023', 'en', 'Dapr helps application modernization', 'sz-2023'),
    talk('sz-2023', 'en', 'Panel', 'sz-2023'),
    talk('hz-2024', 'zh', '本地盘'),
  ];

  it('shows the page language’s version where it exists', () => {
    const en = groupSpeakerTalks(talks, 'en');
    expect(en.map((t) => t.talk.title)).toEqual(['Dapr helps application modernization', 'Panel', '本地盘']);
    expect(countEvents(en)).toBe(2);
    const zh = groupSpeakerTalks(talks, 'zh');
    expect(zh.map((t) => t.talk.title)).toEqual(['Dapr 助力应用现代化', 'Panel', '本地盘']);
  });

  it('without translation keys every recap is its own event', () => {
    const plain = [talk('a', 'en', 'A'), talk('b', 'zh', 'B')];
    expect(groupSpeakerTalks(plain, 'en')).toHaveLength(2);
  });
});
