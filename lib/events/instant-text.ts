import { Temporal } from 'temporal-polyfill';
import { utcText } from './zoned-time';

/** A Date as the read model's UTC text (whole seconds, `Z`), so that it compares with `starts_at`/`ends_at` as text. */
export function instantText(date: Date): string {
  return utcText(Temporal.Instant.fromEpochMilliseconds(Math.floor(date.getTime() / 1000) * 1000));
}
