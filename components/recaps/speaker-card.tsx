import Link from 'next/link';
import type { Speaker } from '@/lib/recaps/speakers';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? `${parts[0][0]}${parts[parts.length - 1][0]}` : name.trim().slice(0, 2);
}

export function SpeakerCard({ speaker }: { speaker: Speaker }) {
  return (
    <Link
      href={`/speakers/${encodeURIComponent(speaker.slug)}`}
      className="flex items-center gap-3 rounded-lg border border-zinc-200 p-3 hover:border-teal-600 dark:border-zinc-800 dark:hover:border-teal-400"
    >
      <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full bg-teal-100 text-sm font-semibold uppercase text-teal-900 dark:bg-teal-900 dark:text-teal-100">
        {initials(speaker.name)}
      </span>
      <span className="min-w-0">
        <span className="block font-medium text-zinc-900 dark:text-zinc-50">{speaker.name}</span>
        {(speaker.role || speaker.affiliation) && (
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">
            {[speaker.role, speaker.affiliation].filter(Boolean).join(' · ')}
          </span>
        )}
      </span>
    </Link>
  );
}
