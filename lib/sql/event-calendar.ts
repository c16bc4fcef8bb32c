import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

type Db = Kysely<Database>;

// No server-only: written from lib/sql/read-model-write.ts, which the bench runs under plain tsx.

// What calendar subscribers already hold of each event (`event_calendar`,
// lib/db/migrations/0009-events.ts), kept by the read-model writes in their
// transaction: one row per event (translation key), so both language
// versions are one calendar event with one UID.
// - `uid`: a random UUID at the event's first write, never changed (not even
//   when the recap is unpublished: published again, it is the same event).
// - `fingerprint`: JSON, per language version, of eventFingerprint (time,
//   place, status; lib/events/event-facts.ts), since a venue is written in
//   each version's language: comparing across versions would see a change
//   at every write. A version whose fingerprint moved bumps `sequence` (once
//   per event and write) and sets `changed_at`; the same text written again
//   (file recaps are rewritten at every start) changes nothing.
// - `speaker_changes`: a talk whose speakers changed before the event ended.

/**
 * A recap whose translation key changed (a `translationKey` added to a file,
 * a translation linked) is still the same event to its subscribers: its
 * record moves to the new key, UID and SEQUENCE with it, unless the new key
 * has one already (the other version's, which stays).
 */
async function carryRecordsToNewKeys(trx: Db, inputs: EventCalendarInput[], previousKeys: Map<string, string>): Promise<void> {
  for (const input of inputs) {
    const oldKey = previousKeys.get(input.slug);
    if (!oldKey || oldKey === input.key) continue;
    const [existing, old] = await Promise.all([
      trx.selectFrom('event_calendar').select('event_key').where('event_key', '=', input.key).executeTakeFirst(),
      trx.selectFrom('event_calendar').select('event_key').where('event_key', '=', oldKey).executeTakeFirst(),
    ]);
    if (!existing && old) await trx.updateTable('event_calendar').set({ event_key: input.key }).where('event_key', '=', oldKey).execute();
  }
}

/** A talk's speakers replaced before the event: who was announced, who spoke (in one language version). */
export interface SpeakerChange {
  /** The talk's anchor id (TalkInfo.id) on the version that changed. */
  talk: string;
  /** The language of the version whose names these are. */
  locale: string;
  /** Names as first announced: kept through later changes. */
  announced: string[];
  /** Names now. */
  spoke: string[];
  /** ISO instant of the write that recorded the latest change. */
  at: string;
}

/** What one written recap tells the calendar (lib/recaps/public-recap-rows.ts fills the fingerprint). */
export interface EventCalendarInput {
  key: string;
  slug: string;
  locale: string;
  fingerprint: string;
  endsAt: string | null;
  talks: TalkSpeakers[];
}

export interface TalkSpeakers {
  id: string;
  speakers: string[];
}

/** An event's calendar record as stored, decoded. */
export interface EventCalendarRecord {
  uid: string;
  sequence: number;
  createdAt: string;
  changedAt: string;
  speakerChanges: SpeakerChange[];
}

interface Working extends EventCalendarRecord {
  fingerprints: Record<string, string>;
  isNew: boolean;
  dirty: boolean;
  bumped: boolean;
}

/**
 * Brings the calendar records of `inputs` up to date at `at` (the write's
 * time, from lib/events/clock.ts through the caller). `previous` holds each
 * written slug's talks before this write. Inside writePublicRecaps' transaction only.
 */
export async function recordEventCalendar(
  trx: Db,
  inputs: EventCalendarInput[],
  previous: Map<string, TalkSpeakers[]>,
  at: Date,
  previousKeys: Map<string, string> = new Map(),
): Promise<void> {
  if (inputs.length === 0) return;
  const when = at.toISOString();
  await carryRecordsToNewKeys(trx, inputs, previousKeys);
  const keys = [...new Set(inputs.map((i) => i.key))];
  const records = new Map<string, Working>();
  for (let i = 0; i < keys.length; i += 400) {
    const rows = await trx
      .selectFrom('event_calendar')
      .selectAll()
      .where('event_key', 'in', keys.slice(i, i + 400))
      .execute();
    for (const r of rows)
      records.set(r.event_key, {
        uid: r.uid,
        sequence: Number(r.sequence),
        createdAt: r.created_at,
        changedAt: r.changed_at,
        speakerChanges: decodeChanges(r.speaker_changes),
        fingerprints: decodeFingerprints(r.fingerprint),
        isNew: false,
        dirty: false,
        bumped: false,
      });
  }
  for (const input of inputs) {
    let record = records.get(input.key);
    if (!record) {
      record = {
        uid: randomUUID(),
        sequence: 0,
        createdAt: when,
        changedAt: when,
        speakerChanges: [],
        fingerprints: {},
        isNew: true,
        dirty: true,
        bumped: true,
      };
      records.set(input.key, record);
    }
    const known = record.fingerprints[input.locale];
    if (known !== input.fingerprint) {
      // A version seen for the first time (a translation added) is no change to what subscribers hold.
      if (known !== undefined && !record.bumped) {
        record.sequence += 1;
        record.changedAt = when;
        record.bumped = true;
      }
      record.fingerprints[input.locale] = input.fingerprint;
      record.dirty = true;
    }
    const before = previous.get(input.slug);
    const notEnded = input.endsAt === null || Date.parse(input.endsAt) > at.getTime();
    if (before && notEnded && noteSpeakerChanges(record.speakerChanges, before, input, when)) record.dirty = true;
  }
  for (const [key, r] of records) {
    if (!r.dirty) continue;
    const values = {
      sequence: r.sequence,
      fingerprint: JSON.stringify(r.fingerprints),
      changed_at: r.changedAt,
      speaker_changes: JSON.stringify(r.speakerChanges),
    };
    if (r.isNew)
      await trx
        .insertInto('event_calendar')
        .values({ event_key: key, uid: r.uid, created_at: r.createdAt, ...values })
        .execute();
    else await trx.updateTable('event_calendar').set(values).where('event_key', '=', key).execute();
  }
}

/**
 * Records in `changes` each talk of `input` whose speakers differ from the
 * same talk before (same id, else same position). A talk changed before
 * keeps its first announced names; one changed back to them has no change
 * left. Returns whether anything moved.
 */
function noteSpeakerChanges(changes: SpeakerChange[], before: TalkSpeakers[], input: EventCalendarInput, when: string): boolean {
  let moved = false;
  input.talks.forEach((talk, position) => {
    const old = before.find((b) => b.id === talk.id) ?? before[position];
    if (!old || sameNames(old.speakers, talk.speakers)) return;
    const index = changes.findIndex((c) => c.talk === (old.id === talk.id ? talk.id : old.id) && c.locale === input.locale);
    const earlier = index >= 0 ? changes[index] : undefined;
    const announced = earlier?.announced ?? old.speakers;
    if (earlier) changes.splice(index, 1);
    if (!sameNames(announced, talk.speakers)) changes.push({ talk: talk.id, locale: input.locale, announced, spoke: talk.speakers, at: when });
    moved = true;
  });
  return moved;
}

const sameNames = (a: string[], b: string[]) => a.length === b.length && a.every((name, i) => name === b[i]);

function decodeFingerprints(text: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, string>;
  } catch {
    // Not JSON: nothing to compare with, so the next write records the fingerprints without a change.
  }
  return {};
}

function decodeChanges(text: string): SpeakerChange[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as SpeakerChange[]) : [];
  } catch {
    return [];
  }
}

/** The calendar record of the event `key` (a translation key, else the slug), or null before its first write. Public reads. */
export async function getEventCalendarRecord(db: Db, key: string): Promise<EventCalendarRecord | null> {
  const r = await db.selectFrom('event_calendar').selectAll().where('event_key', '=', key).executeTakeFirst();
  if (!r) return null;
  return { uid: r.uid, sequence: Number(r.sequence), createdAt: r.created_at, changedAt: r.changed_at, speakerChanges: decodeChanges(r.speaker_changes) };
}
