// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native modules must stay out of the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', 'sharp'],
  poweredByHeader: false,
  // Several root layouts (a recap page sets <html lang> from its locale) need a global 404.
  experimental: { globalNotFound: true },
  reactStrictMode: true,
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
