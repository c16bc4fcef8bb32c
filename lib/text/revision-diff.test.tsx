import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RevisionDiff } from '@/components/admin/revision-diff';
import { AdminIntl } from '@/lib/testing/admin-intl';

// The history page's diff (components/admin/revision-diff.tsx), rendered as the server does.
const downloads = { revision: '/admin/recaps/1/history/download?rev=7', current: '/admin/recaps/1/history/download?rev=current' };
const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} line ${i}`).join('\n') + '\n';

describe('RevisionDiff', () => {
  it('shows what restoring would bring back as added, and what it would remove as removed', () => {
    const html = renderToStaticMarkup(
      <AdminIntl>
        <RevisionDiff revision={'same\nonly in the revision\n'} current={'same\nonly in the current text\n'} version={3} downloads={downloads} />
      </AdminIntl>,
    );
    expect(html).toMatch(/<ins[^>]*>.*Restoring brings back: <\/span>only in the revision/);
    expect(html).toMatch(/<del[^>]*>.*Restoring removes: <\/span>only in the current text/);
    // Long lines wrap instead of widening the page.
    expect(html).toContain('whitespace-pre-wrap');
    expect(html).toContain('overflow-x-hidden');
  });

  it('offers both texts to download when the change is too large to diff quickly', () => {
    const html = renderToStaticMarkup(
      <AdminIntl>
        <RevisionDiff revision={lines(15_000, 'old')} current={lines(15_000, 'new')} version={7} downloads={downloads} />
      </AdminIntl>,
    );
    expect(html).toContain('Too many changes to show; download both versions');
    expect(html).toContain(`href="${downloads.revision.replace(/&/g, '&amp;')}"`);
    expect(html).toContain(`href="${downloads.current}"`);
    expect(html).not.toContain('data-testid="revision-diff"');
  });
});
