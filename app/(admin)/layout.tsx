import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { env } from '@/lib/env';

export const metadata: Metadata = {
  title: { default: `Organizers · ${env.siteName}`, template: `%s · Organizers · ${env.siteName}` },
  robots: { index: false, follow: false },
};

/** Root layout of the organizer area (sign-in, setup, invites, /admin). */
export default function AdminRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh bg-zinc-50 dark:bg-zinc-950">{children}</body>
    </html>
  );
}
