/**
 * Why a save request failed, in words, from what Next's client throws: a
 * plain-text 4xx (proxy.ts refusing a malformed or oversized body) becomes
 * the error's message. Such a refusal would repeat for the same text, so the
 * editor waits for an edit instead of retrying. Undefined: a network or
 * server failure, retried with backoff. (A session that ended is not seen
 * here: Next renders the sign-in page for the action's 401, and the text
 * stays in this browser, offered back once the editor is open again.)
 */
export function describeSaveFailure(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  return /^This request (is over the|to the server is malformed)/.test(message) ? message : undefined;
}
