import { createHash, randomBytes } from 'node:crypto';

// Helpers shared by lib/sql modules; not part of the store's public API.

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Timestamps are stored as ISO-8601 UTC text so they sort/compare as strings. */
export function iso(date: Date): string {
  return date.toISOString();
}

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

/** A fresh secret for invites / preview links: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this digest is stored, so a database leak does not leak usable tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The stored form of an email; lib/auth/sign-in-email.ts produces the same form. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** Unique-constraint violation, in either driver's error shape. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  // pg: SQLSTATE 23505; better-sqlite3: extended result code name.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** COUNT(*) comes back as a string (pg bigint) or number (SQLite). */
export function toCount(value: string | number | bigint | undefined): number {
  return Number(value ?? 0);
}
