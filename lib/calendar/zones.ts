import { tzlib_get_ical_block } from 'timezones-ical-library';

// VTIMEZONE blocks come from timezones-ical-library, which ships the IANA
// rules as iCalendar text. Its block names the zone canonically (`UTC` is
// `Etc/UTC`, `Asia/Calcutta` is `Asia/Kolkata`), and a DTSTART's TZID must
// match a VTIMEZONE's TZID exactly: events use the block's own name.

export interface ZoneBlock {
  /** The TZID the block defines, to be written on DTSTART/DTEND. */
  tzid: string;
  /** BEGIN:VTIMEZONE … END:VTIMEZONE, CRLF-separated. */
  block: string;
}

const blocks = new Map<string, ZoneBlock | null>();

/** The VTIMEZONE of an IANA zone, or null for a zone the library does not know (the event is then written in UTC). */
export function zoneBlock(zone: string): ZoneBlock | null {
  if (blocks.has(zone)) return blocks.get(zone)!;
  let found: ZoneBlock | null = null;
  const answer = zone ? tzlib_get_ical_block(zone) : '';
  if (Array.isArray(answer) && answer[0] && answer[1]?.startsWith('TZID=')) found = { tzid: answer[1].slice('TZID='.length), block: answer[0] };
  // A bounded set: the zones of IANA's database, each once.
  blocks.set(zone, found);
  return found;
}

/** The block of a TZID that `zoneBlock` gave out (ical-generator's `timezone.generator`). */
export function blockOfTzid(tzid: string): string | null {
  for (const b of blocks.values()) if (b?.tzid === tzid) return b.block;
  return zoneBlock(tzid)?.block ?? null;
}
