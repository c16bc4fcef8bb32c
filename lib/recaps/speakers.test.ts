import { describe, expect, it } from 'vitest';
import { formatSpeakers, parseSpeakers, speakerSlug } from './speakers';

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
