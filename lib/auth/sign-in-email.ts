/** RFC 5321: a forward-path holds at most 320 characters (64 local + @ + 255 domain). */
export const MAX_EMAIL_LENGTH = 320;

/**
 * The one form of a sign-in email, used for the account lookup, the rate
 * limit and the record of failures alike: NFKC (so full-width and other
 * compatibility forms of a letter are one key), trimmed, lower-cased. Returns
 * null for anything that is not a plausible address, and for one longer than
 * MAX_EMAIL_LENGTH, which is refused rather than cut (a cut value would be a
 * different key from the text that was sent). lib/auth and the sign-in route only.
 */
export function signInEmail(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const email = raw.normalize('NFKC').trim().toLowerCase();
  if (email.length === 0 || email.length > MAX_EMAIL_LENGTH) return null;
  // Whitespace or control characters inside would make a second key for no account.
  if (!/^[^\s@\p{Cc}\p{Cf}]+@[^\s@\p{Cc}\p{Cf}]+$/u.test(email)) return null;
  return email;
}
