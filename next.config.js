// @ts-check
import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';
import { defaultLocaleSetting } from './lib/i18n/locales.mjs';
import { localeRedirects, localeRewrites } from './lib/routing/listings.mjs';
import { ACTION_BODY_LIMIT_MB } from './lib/server/action-limits.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The benchmark builds into its own directory (NEXT_DIST_DIR=.next-bench) so it never clobbers the app's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native modules must stay out of the server bundle.
  // redis: one copy shared by the cache handler (loaded outside the bundle) and app code.
  // satori: social cards (lib/og/render-card.ts) load its layout engine's WebAssembly at run time.
  // kysely is bundled: lib/db/dialect.ts no longer needs one copy of its classes per process.
  serverExternalPackages: ['better-sqlite3', 'pg', 'sharp', 'redis', 'satori'],
  // lib/og/fonts.ts reads its Latin font (@fontsource/geist-sans) by a fixed path, which tracing cannot follow.
  outputFileTracingIncludes: { '/recaps/*/opengraph-image': ['./node_modules/@fontsource/geist-sans/files/geist-sans-latin-400-normal.woff'] },
  // Pages and data cache in Redis when REDIS_URL is set at run time, Next's own
  // disk + memory cache otherwise (see lib/cache/handler.mjs). The handler keeps
  // its own memory layer in the default mode; 0 here means that with Redis no
  // instance holds a private copy that a publish elsewhere could not expire.
  cacheHandler: fileURLToPath(new URL('./lib/cache/handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // NEXT_OUTPUT=standalone (the Dockerfile sets it): a self-contained server in
  // .next/standalone. Opt-in because `next start`, which the tests and `npm start`
  // use, warns on every start when it is set.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  // next/image only ever optimises uploaded media (components/mdx/figure.tsx);
  // any other url (a page, an API route) is refused with a 400 before a fetch.
  images: { localPatterns: [{ pathname: '/media/**', search: '' }], remotePatterns: [] },
  // Next hashes every cached page body in JavaScript to make an ETag, a fifth
  // of the CPU a cached recap page costs; pages carry Cache-Control and change
  // only on publish, so a conditional GET saves little.
  generateEtags: false,
  // Several root layouts (a recap page sets <html lang> from its locale) need a global 404.
  // authInterrupts: server actions answer 401/403 through unauthorized()/forbidden().
  experimental: {
    // Every draft the editor allows fits (lib/server/action-limits.mjs); the
    // draft schema, not Next's opaque failure, refuses a larger body.
    serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_MB}mb` },
    globalNotFound: true,
    authInterrupts: true,
    // proxy.ts sees every request body; uploads may be 10 MB plus multipart overhead.
    proxyClientMaxBodySize: '11mb',
  },
  reactStrictMode: true,
  // The default locale's pages have no prefix and are rewritten onto app/(site)/[locale];
  // `/`, `/recaps` (without filters), `/speakers` and `/tags` in each locale are cached
  // pages rendered by the server that runs (lib/routing/listings.mjs).
  async rewrites() {
    return { beforeFiles: localeRewrites(defaultLocaleSetting()), afterFiles: [], fallback: [] };
  },
  async redirects() {
    return localeRedirects(defaultLocaleSetting());
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
  // The build checks app code only; `npm run typecheck` checks everything, tests included.
  typescript: { ignoreBuildErrors: false, tsconfigPath: 'tsconfig.build.json' },
};

// next-intl reads its per-request configuration (locale, catalog) from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

export default withNextIntl(nextConfig);
