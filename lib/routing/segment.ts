/**
 * A dynamic route segment as the app uses it. Next passes segments still
 * percent-encoded; a malformed escape (`%E4%B8`, a lone `%`) makes
 * decodeURIComponent throw, which would answer 500. Such a segment names
 * nothing: this returns '' for it, which no recap, speaker or tag has as its
 * slug, so the page's normal "not found" runs. Pages and route handlers.
 */
export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
}
