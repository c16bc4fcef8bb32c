import { isTimeZone } from './zoned-time';

/** The zone an event is in when its front matter names none (README "Configuration"). */
export const FALLBACK_TIME_ZONE = 'Asia/Shanghai';

/**
 * SITE_TIME_ZONE: the IANA zone of events that name none. Read here rather
 * than in lib/env.ts because the front matter schema needs it, and the schema
 * is also bundled into the editor's client code, where lib/env.ts (node:path)
 * cannot go; lib/env.ts re-exports it. An unknown zone falls back to
 * Asia/Shanghai; lib/startup-checks.ts says so at start.
 */
export function siteTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.SITE_TIME_ZONE?.trim();
  return value && isTimeZone(value) ? canonicalZone(value) : FALLBACK_TIME_ZONE;
}

/** `asia/shanghai` → `Asia/Shanghai`: the spelling TZID and VTIMEZONE use. */
export function canonicalZone(zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}
