// Shared by next.config.js (serverActions.bodySizeLimit) and proxy.ts, so the
// proxy's clear 413 and Next's own limit can never disagree.

/**
 * The largest server-action request body: the editor saves up to 500 KB of
 * body in UTF-8 (lib/recaps/draft-size.ts) plus the fields, and the action's
 * encoding can grow text up to 6× (control characters become \uXXXX), so 4 MB
 * covers every draft the editor allows.
 */
export const ACTION_BODY_LIMIT_MB = 4;
export const ACTION_BODY_LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024;
