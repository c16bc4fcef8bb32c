import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { listSpeakers } from '@/lib/recaps/queries';
import { pageMetadata } from '@/lib/seo';

export const speakersMetadata = (): Metadata =>
  pageMetadata({
    title: 'Speakers',
    description: 'Everyone who has spoken at our meetups, with their talks across events.',
    path: '/speakers',
  });

export async function SpeakersListing() {
  const speakers = await listSpeakers();
  return (
    <>
      <PageHeader title="Speakers">
        <p>{speakers.length} people have given talks. Follow one to see every talk they gave, across events.</p>
      </PageHeader>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {speakers.map((s) => (
          <li key={s.slug}>
            <Link href={`/speakers/${encodeURIComponent(s.slug)}`} className="block rounded-lg border border-zinc-200 p-4 hover:border-teal-600 dark:border-zinc-800">
              <span className="name-strong">{s.name}</span>
              <span className="meta-sm">{[s.role, s.affiliation].filter(Boolean).join(' · ')}</span>
              <span className="mt-1 meta-xs">
                {s.talks.length} talk{s.talks.length === 1 ? '' : 's'} at {s.recapCount} event{s.recapCount === 1 ? '' : 's'}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
