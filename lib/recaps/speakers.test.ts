import { describe, expect, it } from 'vitest';
import { formatSpeakers, parseSpeakers, speakerSlug, speakerSubtitle } from './speakers';

describe('parseSpeakers', () => {
  it('reads name, role and affiliation', () => {
    expect(parseSpeakers('Zhang Xiao (Lead of the container team, DaoCloud)')).toEqual([
      { name: 'Zhang Xiao', slug: 'zhang-xiao', role: 'Lead of the container team', affiliation: 'DaoCloud' },
    ]);
  });

  it('lets the role contain commas', () => {
    expect(parseSpeakers('Zhang Shanyou (Microsoft MVP, CTO and chief architect, Shenzhen Youhaoda Technology)')[0]).toMatchObject({
      role: 'Microsoft MVP, CTO and chief architect',
      affiliation: 'Shenzhen Youhaoda Technology',
    });
  });

  it('accepts full-width ；（），', () => {
    expect(parseSpeakers('刘博（架构师，京行出行）；王蕾（内核工程师，北辰云）')).toEqual([
      { name: '刘博', slug: '刘博', role: '架构师', affiliation: '京行出行' },
      { name: '王蕾', slug: '王蕾', role: '内核工程师', affiliation: '北辰云' },
    ]);
  });

  it('accepts a name alone, a role alone and no space before the parenthesis', () => {
    expect(parseSpeakers('Alice; Bob(SRE); Carol ()')).toEqual([
      { name: 'Alice', slug: 'alice', role: undefined, affiliation: undefined },
      { name: 'Bob', slug: 'bob', role: 'SRE', affiliation: undefined },
      { name: 'Carol', slug: 'carol', role: undefined, affiliation: undefined },
    ]);
  });

  it('does not split on ; inside parentheses', () => {
    expect(parseSpeakers('Dana (Chair; host, ACME)')).toEqual([{ name: 'Dana', slug: 'dana', role: 'Chair; host', affiliation: 'ACME' }]);
  });

  it('skips empty parts', () => {
    expect(parseSpeakers(' ; Alice ;; ')).toEqual([{ name: 'Alice', slug: 'alice', role: undefined, affiliation: undefined }]);
    expect(parseSpeakers('')).toEqual([]);
  });

  it('round-trips with formatSpeakers', () => {
    const text = 'Zhao Min (Architect, Cedar Bank); Sun Hao (Engineering manager, Lanting Cloud); Liu Yang';
    expect(formatSpeakers(parseSpeakers(text))).toBe(text);
  });
});

describe('speakerSlug', () => {
  it('gives the same slug for the same name however it is written', () => {
    expect(speakerSlug('Zhang Xiao')).toBe(speakerSlug(' Zhang Xiao '));
    expect(speakerSlug('Ｚｈａｎｇ Xiao')).toBe('zhang-xiao');
  });

  it('falls back for names with nothing to slug', () => {
    expect(speakerSlug('!!!')).toBe('speaker');
  });
});

describe('speakerSubtitle', () => {
  const talk = (locale: string, speakers: string) => ({ recap: { locale }, talk: { speakers: parseSpeakers(speakers) } });
  const talks = [
    talk('zh', 'Zhang Xiao (容器团队负责人, DaoCloud)'),
    talk('en', 'Zhang Xiao (Lead of the container team, DaoCloud); Ann (SRE)'),
    talk('en', 'Zhang Xiao (Engineer, OldCo)'),
  ];

  it('prefers the newest description in the page’s language', () => {
    expect(speakerSubtitle('zhang-xiao', talks, 'en')).toEqual({ text: 'Lead of the container team · DaoCloud', locale: 'en' });
    expect(speakerSubtitle('zhang-xiao', talks, 'zh')).toEqual({ text: '容器团队负责人 · DaoCloud', locale: 'zh' });
  });

  it('falls back to another language, and says which, when the page’s gives none', () => {
    expect(speakerSubtitle('zhang-xiao', [talks[0]], 'en')).toEqual({ text: '容器团队负责人 · DaoCloud', locale: 'zh' });
  });

  it('skips talks that do not describe the speaker, and is empty when none does', () => {
    expect(speakerSubtitle('ann', [talk('en', 'Ann'), ...talks], 'en')).toEqual({ text: 'SRE', locale: 'en' });
    expect(speakerSubtitle('bob', [talk('en', 'Bob')], 'en')).toEqual({ text: '', locale: 'en' });
  });
});
