// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { compileBody } from '@/lib/mdx/compile';
import { renderInAdmin } from '@/lib/testing/admin-intl';
import { DiagnosticsList } from './diagnostics-list';
import { useWordedDiagnostics } from './mdx-message';
import type { Diagnostic } from './types';

/** What BodySection does: word the server's diagnostics, then list them. */
function Listed({ diagnostics }: { diagnostics: Diagnostic[] }) {
  const word = useWordedDiagnostics();
  return <DiagnosticsList id="d" diagnostics={word(diagnostics)} onGoTo={() => {}} />;
}

const slip = () => {
  const result = compileBody('Intro.\n\n<Talk title="T" speakers="Ada"\n\nText.\n', 10);
  if (result.ok) throw new Error('expected a syntax error');
  return result.diagnostics;
};

afterEach(cleanup);

describe('DiagnosticsList', () => {
  it('lists an MDX slip in English with its line and column', () => {
    renderInAdmin(<Listed diagnostics={slip()} />);
    expect(screen.getByRole('heading', { name: '1 problem in the body' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Line 13, column 1: The `<Talk` tag is not finished: add `>` after its last attribute.' })).toBeTruthy();
  });

  it('lists the same slip in Chinese at the same line and column', () => {
    renderInAdmin(<Listed diagnostics={slip()} />, { locale: 'zh' });
    expect(screen.getByRole('heading', { name: '正文中有 1 个问题' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '第 13 行，第 1 列：`<Talk` 标签没有写完：请在最后一个属性后加上 `>`。' })).toBeTruthy();
  });

  it('names a front matter field in the admin language', () => {
    renderInAdmin(<Listed diagnostics={[{ line: 3, column: 1, field: 'date', message: 'date: is not a real calendar date' }]} />, { locale: 'zh' });
    expect(screen.getByRole('button', { name: '活动日期：date: is not a real calendar date' })).toBeTruthy();
  });
});
