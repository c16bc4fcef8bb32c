import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DraftContent } from '@/components/admin/editor/types';
import { AdminIntl } from '@/lib/testing/admin-intl';
import { LiveDiff } from './live-diff';

const content = (body: string): DraftContent => ({ fields: {} as DraftContent['fields'], body });
const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} line ${i}`).join('\n') + '\n';

describe('LiveDiff', () => {
  it('shows an ordinary change line by line', () => {
    const html = renderToStaticMarkup(
      <AdminIntl>
        <LiveDiff live={content('a\nb\n')} working={content('a\nB\n')} />
      </AdminIntl>,
    );
    expect(html).toContain('Only in your working copy: </span>B');
    expect(html).toContain('Only on the live page: </span>b');
  });

  it('offers both texts as files instead of freezing on 15,000 changed lines', () => {
    const html = renderToStaticMarkup(
      <AdminIntl>
        <LiveDiff live={content(lines(15_000, 'old'))} working={content(lines(15_000, 'new'))} />
      </AdminIntl>,
    );
    expect(html).toContain('Too many changes to show line by line');
    expect(html).toContain('Download the working copy');
  });
});
