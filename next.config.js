// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The benchmark builds into its own directory (NEXT_DIST_DIR=.next-bench) so it never clobbers the app's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native modules must stay out of the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', 'sharp'],
  poweredByHeader: false,
  // Several root layouts (a recap page sets <html lang> from its locale) need a global 404.
  // authInterrupts: server actions answer 401/403 through unauthorized()/forbidden().
  experimental: { globalNotFound: true, authInterrupts: true },
  reactStrictMode: true,
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

export default nextConfig;
