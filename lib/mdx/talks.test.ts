import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileBody } from './compile';
import { checkTrustedRecap } from '@/lib/recaps/validation-gate';
import { renderBody } from './render';
import { talkAnchorIds, type TalkInfo } from './talks';

function talksOf(body: string): TalkInfo[] {
  const compiled = compileBody(body);
  if (!compiled.ok) expect.fail(JSON.stringify(compiled.diagnostics));
  return compiled.value.talks;
}

const talk = (attributes: string, text = 'Summary.') => `<Talk ${attributes}>\n\n${text}\n\n</Talk>\n`;

describe('extractTalks', () => {
  it('reads title, speakers with role and affiliation, slides, video, id and summary', () => {
    const [t] = talksOf(
      talk(
        'title="Fleet upgrades" speakers="Zhang Xiao (Lead of the container team, DaoCloud)" slides="https://example.com/s.pdf" video="https://www.youtube.com/watch?v=abcdefghijk"',
        'It covered **forty** clusters and `kubectl`.\n\n- one\n- two',
      ),
    );
    expect(t).toEqual({
      id: 'fleet-upgrades',
      title: 'Fleet upgrades',
      speakers: [{ name: 'Zhang Xiao', slug: 'zhang-xiao', role: 'Lead of the container team', affiliation: 'DaoCloud' }],
      slides: 'https://example.com/s.pdf',
      video: 'https://www.youtube.com/watch?v=abcdefghijk',
      summary: 'It covered forty clusters and kubectl. one two',
    });
  });

  it('keeps commas in the role: the last comma separates the affiliation', () => {
    const [t] = talksOf(talk('title="Dapr" speakers="Zhang Shanyou (Microsoft MVP, CTO and chief architect, Shenzhen Youhaoda Technology)"'));
    expect(t.speakers).toEqual([
      { name: 'Zhang Shanyou', slug: 'zhang-shanyou', role: 'Microsoft MVP, CTO and chief architect', affiliation: 'Shenzhen Youhaoda Technology' },
    ]);
  });

  it('accepts full-width Chinese punctuation ；（），', () => {
    const [t] = talksOf(talk('title="圆桌" speakers="张晓（容器团队负责人，DaoCloud）；李蓉（首席架构师，西岭能源科技）；王五"'));
    expect(t.speakers).toEqual([
      { name: '张晓', slug: '张晓', role: '容器团队负责人', affiliation: 'DaoCloud' },
      { name: '李蓉', slug: '李蓉', role: '首席架构师', affiliation: '西岭能源科技' },
      { name: '王五', slug: '王五', role: undefined, affiliation: undefined },
    ]);
  });

  it('accepts speakers without parentheses and several speakers separated by ;', () => {
    const [t] = talksOf(talk('title="Panel" speakers="Alice; Bob (SRE); Carol (Architect, Cedar Bank)"'));
    expect(t.speakers.map((s) => [s.name, s.role, s.affiliation])).toEqual([
      ['Alice', undefined, undefined],
      ['Bob', 'SRE', undefined],
      ['Carol', 'Architect', 'Cedar Bank'],
    ]);
  });

  it('leaves slides and video undefined when absent; refuses them blank', () => {
    const [t] = talksOf(talk('title="T" speakers="A"'));
    expect(t.slides).toBeUndefined();
    expect(t.video).toBeUndefined();
    const blank = compileBody(talk('title="T" speakers="A" slides=""'));
    expect(blank.ok).toBe(false);
  });

  it('only extracts top-level talks, in document order', () => {
    const talks = talksOf(`Intro\n\n${talk('title="One" speakers="A"')}\n${talk('title="Two" speakers="B"')}\n${talk('title="Three" speakers="C"')}`);
    expect(talks.map((t) => t.title)).toEqual(['One', 'Two', 'Three']);
  });

  it('the Shenzhen sample yields exactly its five talks, in order, with their speakers', () => {
    const source = fs.readFileSync(path.join(process.cwd(), 'content/recaps/shenzhen-cloud-native-meetup-2023.mdx'), 'utf8');
    const compiled = checkTrustedRecap({ source: 'file', text: source });
    if (!compiled.body) expect.fail(JSON.stringify(compiled.diagnostics));
    const talks = compiled.body.talks;
    expect(talks.map((t) => t.title)).toEqual([
      "DaoCloud's technical practice in multi-cloud and multi-cluster",
      'Upgrade and evolution of TDSQL-PG open source features',
      'Dapr helps application modernization',
      'Cloud native storage in practice: HwameiStor',
      'Creating cloud-native agents and extensions for LLMs',
    ]);
    expect(talks.map((t) => t.speakers.map(({ name, role, affiliation }) => ({ name, role, affiliation })))).toEqual([
      [{ name: 'Zhang Xiao', role: 'Lead of the container team', affiliation: 'DaoCloud' }],
      [{ name: 'Chen Zaini', role: 'Senior engineer', affiliation: 'Tencent Cloud Database' }],
      [{ name: 'Zhang Shanyou', role: 'Microsoft MVP, CTO and chief architect', affiliation: 'Shenzhen Youhaoda Technology' }],
      [{ name: 'Dai Qiuping', role: 'Senior product manager', affiliation: 'DaoCloud' }],
      [{ name: 'Michael Yuan', role: 'Maintainer', affiliation: 'WasmEdge' }],
    ]);
    expect(talks.map((t) => t.id)).toEqual([
      'daoclouds-technical-practice-in-multi-cloud-and-multi-cluster',
      'upgrade-and-evolution-of-tdsql-pg-open-source-features',
      'dapr-helps-application-modernization',
      'cloud-native-storage-in-practice-hwameistor',
      'creating-cloud-native-agents-and-extensions-for-llms',
    ]);
    expect(talks.every((t) => t.summary.length > 50)).toBe(true);
  });

  it('renders each talk as a section whose id is the extracted id', () => {
    const body = `${talk('title="Same" speakers="A (B, C)"')}\n${talk('title="Same" speakers="D"')}`;
    const compiled = compileBody(body);
    if (!compiled.ok) expect.fail('expected ok');
    const html = renderToStaticMarkup(renderBody(compiled.value.hast, compiled.value.talks, 'en'));
    expect(html).toContain('<section id="same" aria-labelledby="same-title"');
    expect(html).toContain('<section id="same-1" aria-labelledby="same-1-title"');
    expect(html).toContain('href="/speakers/a"');
  });
});

describe('talkAnchorIds', () => {
  it('suffixes duplicate titles', () => {
    expect(talkAnchorIds(['Intro', 'Intro', 'Intro'])).toEqual(['intro', 'intro-1', 'intro-2']);
  });

  it('is stable: the same titles give the same ids', () => {
    const titles = ['Fleet upgrades', 'Fleet upgrades', 'Observability 101'];
    expect(talkAnchorIds(titles)).toEqual(talkAnchorIds([...titles]));
  });

  it('keeps CJK characters in Chinese titles', () => {
    expect(talkAnchorIds(['OpenTelemetry 在千级微服务中的落地', 'eBPF 无侵入采集：不改代码也能看清网络'])).toEqual([
      'opentelemetry-在千级微服务中的落地',
      'ebpf-无侵入采集不改代码也能看清网络',
    ]);
  });

  it('normalises full-width Latin letters and digits (NFKC)', () => {
    expect(talkAnchorIds(['ＡＩ　２０２４'])).toEqual(['ai-2024']);
  });

  it('falls back to talk-N for punctuation-only or empty titles', () => {
    expect(talkAnchorIds(['!!!', '？！', '---', '', 'Real'])).toEqual(['talk-1', 'talk-2', 'talk-3', 'talk-4', 'real']);
  });

  it('keeps fallbacks unique against real titles', () => {
    const ids = talkAnchorIds(['Talk 2', '???', 'talk-2']);
    expect(new Set(ids).size).toBe(3);
  });

  it('never reuses ids the page itself uses', () => {
    const ids = talkAnchorIds(['Contents', 'Main', 'Talks', 'Top', 'Event', 'Speakers', 'Site search', 'Contents title']);
    for (const id of ['contents', 'main', 'talks', 'top', 'event', 'speakers', 'site-search', 'contents-title']) expect(ids).not.toContain(id);
    expect(ids[0]).toBe('contents-1');
  });

  it('never produces an id equal to another talk heading id (<id>-title)', () => {
    for (const titles of [
      ['X', 'X Title'],
      ['X Title', 'X'],
      ['A', 'A', 'A 1 title'],
    ]) {
      const ids = talkAnchorIds(titles);
      const all = ids.flatMap((id) => [id, `${id}-title`]);
      expect(new Set(all).size, titles.join(' / ')).toBe(all.length);
    }
  });

  it('keeps clear of GFM footnote ids', () => {
    const [id] = talkAnchorIds(['User content fn 1']);
    expect(id.startsWith('user-content-')).toBe(false);
  });
});
