/**
 * Why a save request failed, in words, from what Next's client throws: an
 * auth interrupt keeps its digest (`NEXT_HTTP_ERROR_FALLBACK;401` from
 * unauthorized()), and a plain-text 4xx (proxy.ts refusing a malformed or
 * oversized body) becomes the error's message. `retry` is false when sending
 * the same text again cannot succeed. Undefined: a network or server failure.
 */
export function describeSaveFailure(error: unknown): { reason: string; retry: boolean } | undefined {
  const digest = typeof (error as { digest?: unknown })?.digest === 'string' ? (error as { digest: string }).digest : '';
  if (digest.endsWith(';401')) return { reason: 'you are signed out. Sign in again in another tab and this text saves; it is kept in this browser meanwhile', retry: true };
  if (digest.endsWith(';403')) return { reason: 'your account may no longer edit this recap. Copy your text before leaving', retry: false };
  const message = error instanceof Error ? error.message : '';
  if (/^This request (is over the|to the server is malformed)/.test(message)) return { reason: message, retry: false };
  return undefined;
}
