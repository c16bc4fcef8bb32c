import { describe, expect, test } from 'vitest';
import { parsePost, toMdx } from './convert';
import { ReportBuilder } from './report';
import { speakerFromPrefix } from './speaker-text';
import { captionClaim, extractTalks, proseClaims } from './talks';

function run(markdown: string, knownAffiliations: string[] = []) {
  const { tree } = parsePost(markdown, { pageUrl: '/p/' });
  const report = new ReportBuilder('post.md');
  extractTalks(tree, report, { knownAffiliations });
  return { talks: report.talks.map((t) => [t.title, t.speakers]), review: report.review, mdx: toMdx(tree) };
}

describe('caption forms', () => {
  test.each([
    ['张三《云原生的未来》', '张三', '云原生的未来'],
    ['Michael Yuan《WasmEdge 入门》', 'Michael Yuan', 'WasmEdge 入门'],
    ['Jane Doe "Scaling Postgres"', 'Jane Doe', 'Scaling Postgres'],
    ['“Scaling Postgres” by Jane Doe', 'Jane Doe', 'Scaling Postgres'],
    ['王五：用 Rust 写操作系统', '王五', '用 Rust 写操作系统'],
  ])('%s', (line, name, title) => {
    const claim = captionClaim(line);
    expect(claim?.title).toBe(title);
    expect(speakerFromPrefix(claim!.pre)?.name).toBe(name);
  });

  test.each([
    '嘉宾：张三、李四、王五',
    '主持人说：“感谢大家的到来，我们下次见”',
    '会后大家参观了《开源软件展》',
    'Time: 14:00 - 17:00',
    'Guests: Ann, Bob, Cy and Dee',
  ])('not a caption: %s', (line) => {
    expect(captionClaim(line)).toBeNull();
  });

  test('prose titles', () => {
    expect(proseClaims('来自 PingCAP 的资深工程师李雷为大家带来了题为《数据库连接池的设计》的报告，介绍了…')).toEqual([
      { pre: '来自 PingCAP 的资深工程师李雷', title: '数据库连接池的设计' },
    ]);
    expect(proseClaims('随后，陈晨做了“Rust 与嵌入式”主题演讲。')).toEqual([{ pre: '陈晨', title: 'Rust 与嵌入式' }]);
    expect(proseClaims('Then Li Lei gave a talk titled "Designing connection pools", with demos.')).toEqual([
      { pre: 'Then Li Lei', title: 'Designing connection pools' },
    ]);
  });
});

describe('speakerFromPrefix', () => {
  test('brackets, 来自…的 and known organisations split safely', () => {
    expect(speakerFromPrefix('「Second State」工程师 王小明')).toEqual({ name: '王小明', role: '工程师', affiliation: 'Second State', confidence: 'certain' });
    expect(speakerFromPrefix('来自 PingCAP 的资深工程师李雷')).toEqual({ name: '李雷', role: '资深工程师', affiliation: 'PingCAP', confidence: 'certain' });
    expect(speakerFromPrefix('DaoCloud 架构师 赵六', ['DaoCloud'])).toEqual({ name: '赵六', role: '架构师', affiliation: 'DaoCloud', confidence: 'certain' });
  });
  test('otherwise the text stays the role, flagged as unsplit', () => {
    expect(speakerFromPrefix('DaoCloud 架构师 赵六')).toEqual({ name: '赵六', role: 'DaoCloud 架构师', unsplit: true, confidence: 'likely' });
    expect(speakerFromPrefix('Second State Michael Yuan')).toEqual({ name: 'Michael Yuan', role: 'Second State', unsplit: true, confidence: 'likely' });
  });
  test('no name at the end: null', () => {
    expect(speakerFromPrefix('我们的老朋友')).toBeNull();
    // Two Han characters are a name only after a surname: labels are not speakers.
    expect(speakerFromPrefix('注意')).toBeNull();
    expect(speakerFromPrefix('推荐阅读')).toBeNull();
    expect(speakerFromPrefix('欧阳娜娜')?.name).toBe('欧阳娜娜');
  });
});

describe('extractTalks', () => {
  test('heading + caption: a talk, titled by the caption', () => {
    const { talks, mdx } = run(
      '## 一、Rust 异步运行时的内部 —— 从 Future 到 Waker\n\n![讲者](a.jpg)\n\n「Second State」工程师 王小明《Rust 异步运行时的内部：从 Future 到 Waker》\n\n他从零实现了一个执行器。\n',
    );
    expect(talks).toEqual([['Rust 异步运行时的内部：从 Future 到 Waker', '王小明 (工程师, Second State)']]);
    expect(mdx).toContain('<Talk title="Rust 异步运行时的内部：从 Future 到 Waker" speakers="王小明 (工程师, Second State)">');
    expect(mdx).toContain('caption="「Second State」工程师 王小明《Rust 异步运行时的内部：从 Future 到 Waker》"');
    expect(mdx).toContain('他从零实现了一个执行器。');
  });

  test('caption + the next paragraph naming the speaker: a talk', () => {
    const { talks } = run('<img src=b.jpg>\n\n韩梅梅：用 Rust 编写 Kubernetes Operator\n\n韩梅梅展示了如何用 kube-rs 管理自定义资源。\n');
    expect(talks).toEqual([['用 Rust 编写 Kubernetes Operator', '韩梅梅']]);
  });

  test('heading + prose title: a talk', () => {
    const { talks } = run('## 数据库连接池的设计\n\n来自 PingCAP 的资深工程师李雷为大家带来了题为《数据库连接池的设计》的报告。\n');
    expect(talks).toEqual([['数据库连接池的设计', '李雷 (资深工程师, PingCAP)']]);
  });

  test('one signal alone is proposed, never emitted', () => {
    const { talks, review, mdx } = run(
      '## 自由交流\n\n随后，陈晨做了“Rust 与嵌入式”主题演讲。\n\n<img src=c.jpg>\n\n赵六《云原生存储》\n\n茶歇时间大家聊得很开心。\n',
    );
    expect(talks).toEqual([]);
    expect(review.map((r) => [r.kind, r.source.line])).toEqual([
      ['possible-talk', 3],
      ['possible-talk', 7],
    ]);
    expect(mdx).not.toContain('<Talk');
    expect(mdx).toContain('陈晨做了“Rust 与嵌入式”主题演讲。');
  });

  test('a label line under a heading naming it is no talk', () => {
    const { talks } = run('## 注意事项\n\n注意：请提前十分钟到场签到\n\n注意带上电脑和充电器。\n');
    expect(talks).toEqual([]);
  });

  test('quotes, visits and guest lists are no talks', () => {
    const { talks, review } = run('## 开场\n\n主持人说：“感谢大家的到来”\n\n会后大家参观了《开源软件展》\n\n嘉宾：张三、李四、王五\n');
    expect(talks).toEqual([]);
    expect(review).toEqual([]);
  });

  test('separate bold spans split affiliation, role and name', () => {
    const { talks } = run('## 云原生存储\n\n**DaoCloud** **架构师** **赵六**《云原生存储》\n');
    expect(talks).toEqual([['云原生存储', '赵六 (架构师, DaoCloud)']]);
  });
});
