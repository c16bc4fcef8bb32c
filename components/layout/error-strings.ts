import type { Locale } from '@/lib/i18n/locales.mjs';

/**
 * The error page's few words in each language. The error boundaries are
 * client components that receive no server props, and a catalog would add
 * its whole weight to the chunk every page loads; so they carry these copies
 * of `errors.failed` (error-strings.test.ts keeps them equal to the catalogs).
 */
export const ERROR_STRINGS = {
  en: {
    title: 'Something went wrong',
    body: 'We couldn’t show this page just now. Please try again in a moment.',
    reference: 'Reference: {digest}',
    retry: 'Try again',
    home: 'Home',
  },
  zh: {
    title: '出错了',
    body: '暂时无法显示这个页面，请稍后再试。',
    reference: '错误编号：{digest}',
    retry: '重试',
    home: '首页',
  },
} as const satisfies Record<Locale, Record<string, string>>;
