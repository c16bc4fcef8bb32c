export declare const LOCALES: readonly ['en', 'zh'];
export type Locale = (typeof LOCALES)[number];
export declare const HTML_LANG: { readonly en: 'en'; readonly zh: 'zh-CN' };
export declare function isLocale(value: unknown): value is Locale;
export declare function defaultLocaleSetting(env?: NodeJS.ProcessEnv): Locale;
export declare function prefixedLocales(defaultLocale: Locale): Locale[];
export declare function pathInLocale(locale: Locale, path: string, defaultLocale: Locale): string;
