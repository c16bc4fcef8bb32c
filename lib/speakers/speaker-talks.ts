import type { SpeakerTalk } from '@/lib/recaps/types';

// Pure: the speaker page's list of talks across both languages.

/**
 * One entry per talk the person gave, newest event first: the language
 * versions of one event (one translation key; a recap without a key is its
 * own event) count once, shown in `locale` where that version exists, else
 * in the newest other one. Within an event, a person's first talk in one
 * version matches their first talk in the other (talk order within an
 * event, not titles, which differ by language). `talks` arrive newest
 * first, in talk order within each recap.
 */
export function groupSpeakerTalks(talks: SpeakerTalk[], locale: string): SpeakerTalk[] {
  const nthInRecap = new Map<string, number>();
  const groups = new Map<string, SpeakerTalk[]>();
  for (const entry of talks) {
    const n = nthInRecap.get(entry.recap.slug) ?? 0;
    nthInRecap.set(entry.recap.slug, n + 1);
    const key = `${entry.recap.translationKey ?? entry.recap.slug}#${n}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()].map((versions) => versions.find((v) => v.recap.locale === locale) ?? versions[0]);
}

/** How many events the grouped talks were given at (each event once, whatever its languages). */
export function countEvents(talks: SpeakerTalk[]): number {
  return new Set(talks.map((t) => t.recap.translationKey ?? t.recap.slug)).size;
}
