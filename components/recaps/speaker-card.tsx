import Link from 'next/link';
import type { Speaker } from '@/lib/recaps/speakers';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? `${parts[0][0]}${parts[parts.length - 1][0]}` : name.trim().slice(0, 2);
}

export function SpeakerCard({ speaker }: { speaker: Speaker }) {
  return (
    <Link href={`/speakers/${encodeURIComponent(speaker.slug)}`} className="speaker-card">
      <span aria-hidden="true" className="speaker-avatar">
        {initials(speaker.name)}
      </span>
      <span className="min-w-0">
        <span className="name-strong">{speaker.name}</span>
        {(speaker.role || speaker.affiliation) && (
          <span className="meta-sm">
            {[speaker.role, speaker.affiliation].filter(Boolean).join(' · ')}
          </span>
        )}
      </span>
    </Link>
  );
}
