import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { listSpeakers } from '@/lib/recaps/public-reads';
import { pageMetadata } from '@/lib/seo';
import type { Locale } from '@/lib/i18n/locales';
import { speakerDisplayName } from '@/lib/speakers/display-name';

export const speakersMetadata = (page = 1): Metadata =>
  pageMetadata({
    title: page > 1 ? `Speakers, page ${page}` : 'Speakers',
    description: 'Everyone who has spoken at our meetups, with their talks across events.',
    path: '/speakers',
    // Later pages are parts of /speakers for search engines, which follow the pager.
    noindex: page > 1,
  });

/** `/speakers` (page 1, cached through the listing route) and `/speakers?page=n` (app/(site)/speakers/page.tsx). */
export async function SpeakersListing({ page, locale = 'en' }: { page?: number; locale?: Locale } = {}) {
  const speakers = await listSpeakers(page);
  return (
    <>
      <PageHeader title="Speakers">
        <p>{speakers.total} people have given talks. Follow one to see every talk they gave, across events.</p>
      </PageHeader>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {speakers.items.map((s) => (
          <li key={s.slug}>
            <Link
              href={`/speakers/${encodeURIComponent(s.slug)}`}
              className="block rounded-lg border border-zinc-200 p-4 hover:border-teal-600 dark:border-zinc-800"
            >
              <span className="name-strong">{speakerDisplayName(s, locale)}</span>
              <span className="meta-sm">{[s.role, s.affiliation].filter(Boolean).join(' · ')}</span>
              <span className="mt-1 meta-xs">
                {s.talkCount} talk{s.talkCount === 1 ? '' : 's'} at {s.recapCount} event{s.recapCount === 1 ? '' : 's'}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Pager page={speakers.page} pageCount={speakers.pageCount} href={(n) => (n > 1 ? `/speakers?page=${n}` : '/speakers')} />
    </>
  );
}
