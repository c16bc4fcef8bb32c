import { describe, expect, test } from 'vitest';
import { parsePost, plainText, quoteAttributes, resolveUrl, toMdx } from './convert';
import { gateImportedFile } from './render-gate';

const FRONT = '---\ntitle: t\ndate: 2023-07-15\ncity: 成都\ncommunity: c\ndescription: d\nlocale: zh\npublished: 2023-07-20\nauthor: a\n---\n\n';

/** The words a reader sees, without the escapes MDX needs. */
const visible = (mdx: string) => mdx.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ');

describe('parsePost and toMdx', () => {
  const messy = [
    '# 活动回顾',
    '',
    '<style>.note{color:red}</style>',
    '',
    '欢迎来到**成都站</br>今天{人}很多 a<b 也没问题。',
    '',
    '<img src=photo1.jpg class=center width=600>',
    '',
    '<table><tr><td>时间</td><td>议程</td></tr><tr><td>14:00</td><td>签到</td></tr></table>',
    '',
    '**这句粗体从未闭合 and\u00a0a non-breaking space，全角：标点。',
    '',
    '<p align=center><b>李四</b> 讲了一次<br>两行的分享</p>',
    '',
    '<img src="/a.png" alt="会场">',
    '',
    '[上一期](../meetup-6/) and [a bad one](javascript:alert(1))',
  ].join('\n');

  test('broken HTML becomes MDX the gate accepts, every sentence kept', async () => {
    const { tree, notes } = parsePost(messy, { lineOffset: 3, pageUrl: '/posts/meetup-7/' });
    const mdx = toMdx(tree);
    const gate = await gateImportedFile(FRONT + mdx);
    expect(gate.problems).toEqual([]);
    expect(gate.ok).toBe(true);
    const text = visible(mdx);
    for (const sentence of [
      '欢迎来到**成都站',
      '今天{人}很多 a<b 也没问题。',
      '**这句粗体从未闭合 and a non-breaking space，全角：标点。',
      '**李四** 讲了一次',
      '两行的分享',
      '上一期',
      'a bad one',
    ])
      expect(text).toContain(sentence);
    expect(text).not.toContain('color:red');
    expect(mdx).toContain('| 时间    | 议程 |');
    expect(mdx).toContain('<Figure src="/posts/meetup-7/photo1.jpg" alt="" decorative />');
    expect(mdx).toContain('<Figure src="/a.png" alt="会场" />');
    expect(mdx).toContain('[上一期](/posts/meetup-6/)');
    expect(notes).toEqual([
      { kind: 'removed-element', line: 6, detail: '<style>' },
      { kind: 'image-without-alt', line: 10, detail: 'photo1.jpg' },
      { kind: 'unsafe-link', line: 20, detail: 'javascript:alert(1)' },
    ]);
  });

  test('a Hugo figure shortcode becomes a photo and its caption line', () => {
    const { tree } = parsePost('{{< figure src="group.jpg" alt="合影" caption="全体合影" >}}', { pageUrl: '/posts/x/' });
    expect(tree.children.map((n) => n.type)).toEqual(['mdxJsxFlowElement', 'paragraph']);
    expect(plainText(tree.children[1])).toBe('全体合影');
  });

  test('relative URLs resolve against the page, as on the old site', () => {
    expect(resolveUrl('img/a.jpg', '/posts/x/')).toBe('/posts/x/img/a.jpg');
    expect(resolveUrl('../b.png', '/posts/x/')).toBe('/posts/b.png');
    expect(resolveUrl('//cdn.example.com/c.png', '/')).toBe('https://cdn.example.com/c.png');
    expect(resolveUrl('javascript:alert(1)', '/')).toBeNull();
  });

  test('unquoted attribute values with a slash stay HTML (CommonMark alone would make the tag text)', () => {
    expect(quoteAttributes('<img src=/images/a.jpg class=center width=640>')).toBe('<img src="/images/a.jpg" class="center" width="640">');
    expect(quoteAttributes('`<img src=/x.jpg>` and\n```\n<img src=/y.jpg>\n```')).toBe('`<img src=/x.jpg>` and\n```\n<img src=/y.jpg>\n```');
    const { tree } = parsePost('<img src=/images/a.jpg alt=合影>');
    expect(tree.children[0]).toMatchObject({ type: 'mdxJsxFlowElement', name: 'Figure' });
  });
});
