'use client';

import './globals.css';
import { ErrorContent } from '@/components/layout/error-content';

/** Last resort when a root layout itself fails. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto max-w-3xl px-4">
          <ErrorContent digest={error.digest} />
        </main>
      </body>
    </html>
  );
}
