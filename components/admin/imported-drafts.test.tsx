import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftToReview } from '@/lib/import/admin';
import { runImport } from '@/lib/import/run';
import { importRegistry, namesOfPeople } from '@/lib/import/speaker-registry';
import { parseRegistryFile } from '@/lib/speakers/registry-file';
import { ImportedDrafts, outcomeWords } from './imported-drafts';

// The admin's "needs review" list speaks the organizer's language (users.locale):
// the import report's codes rendered from the catalog, not its stored English.

const SITE = path.join(import.meta.dirname, '../../lib/import/fixtures/hugo-site');
let draft: DraftToReview;

beforeAll(async () => {
  const parsed = parseRegistryFile('wang-xiaoming:\n  name: { zh: 王小明 }\n');
  const { reports } = await runImport(SITE, { timeZone: 'Asia/Shanghai', registry: importRegistry(namesOfPeople(parsed.people!)) });
  const report = reports.find((r) => r.file === 'content/zh/posts/meetup-2023-07.md')!;
  // As listImportedDrafts gives it (lib/import/admin.ts), from the stored JSON.
  const stored = JSON.parse(JSON.stringify(report)) as typeof report;
  draft = {
    recapId: 7,
    slug: stored.slug,
    title: 'Rust 见面会第七期回顾（成都站）',
    site: 'title:Rust 见面会',
    sourcePath: stored.file,
    talks: stored.talks.length,
    review: stored.review.map((r) => ({ kind: r.kind, code: r.code, params: r.params, message: r.message, line: r.source.line })),
    fields: stored.fields,
  };
});

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;/g, "'");

describe('ImportedDrafts', () => {
  it('shows a Chinese organizer the report in Chinese', () => {
    const html = text(renderToStaticMarkup(<ImportedDrafts drafts={[draft]} locale="zh" />));
    expect(html).toContain('来自 content/zh/posts/meetup-2023-07.md：4 场分享');
    expect(html).toContain('图片缺少替代文字 · 第 23 行：图片 /images/2023-07/runtime.jpg 没有替代文字：在有人描述之前标为装饰图');
    expect(html).toContain('可能的分享 · 第 49 行：陈晨的“Rust 与嵌入式”可能是一场分享（只有正文提到，没有其他佐证）：如果是，请用 <Talk> 包起来');
    expect(html).toContain('date = 2023-07-15 · 第 13 行 · 较可能');
    expect(html).toContain('talks[0].speakers[0] = 王小明 → wang-xiaoming · 第 25 行 · 确定');
    expect(html).toContain('王小明 是讲者名录中 wang-xiaoming 的名字：这场分享会归入其讲者页面');
    expect(html).toContain('从正文读出：“7 月 15 日”；正文没有写年份；取文章的年份 2023');
    expect(html).toContain('摘要已替换 · 第 13 行：摘要已替换为第一段（另一篇文章有相同的文字）：请核对');
    expect(outcomeWords('zh')).toMatchObject({ created: '已创建', conflict: '冲突：导入后已被编辑' });
    // No English sentence of the report is left.
    for (const item of draft.review) expect(html).not.toContain(item.message);
  });

  it('shows an English organizer the stored English', () => {
    const html = text(renderToStaticMarkup(<ImportedDrafts drafts={[draft]} locale="en" />));
    expect(html).toContain('from content/zh/posts/meetup-2023-07.md: 4 talks');
    for (const item of draft.review) expect(html).toContain(item.message);
    expect(html).toContain('date = 2023-07-15 · line 13 · likely');
  });
});
