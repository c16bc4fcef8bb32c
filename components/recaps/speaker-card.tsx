import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import type { Speaker } from '@/lib/recaps/speakers';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? `${parts[0][0]}${parts[parts.length - 1][0]}` : name.trim().slice(0, 2);
}

/**
 * A speaker's name, role and initials, linking to their page. Never
 * prefetched: in a draft preview (the editor's, or a preview link) a new
 * speaker has no page yet, and a prefetch would 404 and log an error; on a
 * public recap, prefetching every speaker page in view costs more than the
 * click it would speed up.
 */
/** `locale`: the recap's language, so the link opens the speaker's page in the language being read. */
export function SpeakerCard({ speaker, locale }: { speaker: Speaker; locale: Locale }) {
  return (
    <Link href={localePath(locale, `/speakers/${encodeURIComponent(speaker.slug)}`)} className="speaker-card" prefetch={false}>
      <span aria-hidden="true" className="speaker-avatar">
        {initials(speaker.name)}
      </span>
      <span className="min-w-0">
        <span className="name-strong">{speaker.name}</span>
        {(speaker.role || speaker.affiliation) && <span className="meta-sm">{[speaker.role, speaker.affiliation].filter(Boolean).join(' · ')}</span>}
      </span>
    </Link>
  );
}
