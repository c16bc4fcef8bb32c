// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const params = vi.hoisted(() => ({ value: {} as Record<string, string> }));
vi.mock('next/navigation', () => ({ useParams: () => params.value }));
const { ErrorContent } = await import('./error-content');

afterEach(() => {
  cleanup();
  params.value = {};
  document.documentElement.lang = '';
});

describe('ErrorContent', () => {
  it('speaks the language of the URL', () => {
    params.value = { locale: 'zh' };
    render(<ErrorContent digest="abc" reset={() => {}} />);
    expect(screen.getByRole('heading', { name: '出错了' })).toBeTruthy();
    expect(screen.getByText('错误编号：abc')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '首页' }).getAttribute('href')).toBe('/zh');
  });

  it('on a recap page, whose URL has no language, the one its layout put on <html>', () => {
    params.value = { slug: 'beijing-observability-salon-2023' };
    document.documentElement.lang = 'zh-CN';
    render(<ErrorContent />);
    expect(screen.getByRole('heading', { name: '出错了' })).toBeTruthy();
  });

  it('English otherwise, home at /', () => {
    render(<ErrorContent />);
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Home' }).getAttribute('href')).toBe('/');
  });
});
