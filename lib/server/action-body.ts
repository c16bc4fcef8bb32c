import { ACTION_BODY_LIMIT_BYTES, ACTION_BODY_LIMIT_MB } from './action-limits.mjs';

/**
 * The 4xx for a server-action request that Next would answer with a 500: a
 * body over the limit (Next throws a 413 ApiError but sends 500, see the TODO
 * in next/dist/server/app-render/action-handler.js), or one that does not
 * decode (a non-multipart action body is JSON; decodeReply's SyntaxError
 * becomes a 500). Returns null for anything else, which Next then handles.
 * Reads a clone: the action still gets the body. The bare `text/plain` type
 * makes Next's client throw the sentence itself, which the editor shows
 * (components/admin/editor/save-failure.ts). proxy.ts only.
 */
export async function refuseMalformedAction(request: Request): Promise<Response | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > ACTION_BODY_LIMIT_BYTES) return tooLarge();
  const type = request.headers.get('content-type') ?? '';
  // A form post (a <form action> without JavaScript): Next decodes it itself.
  if (type.startsWith('application/x-www-form-urlencoded')) return null;
  try {
    if (type.startsWith('multipart/form-data')) {
      await request.clone().formData();
      return null;
    }
    const text = await request.clone().text();
    if (Buffer.byteLength(text) > ACTION_BODY_LIMIT_BYTES) return tooLarge();
    JSON.parse(text);
    return null;
  } catch {
    return new Response('This request to the server is malformed. Reload the page and try again.', { status: 400, headers: { 'Content-Type': 'text/plain' } });
  }
}

function tooLarge(): Response {
  return new Response(`This request is over the ${ACTION_BODY_LIMIT_MB} MB limit.`, { status: 413, headers: { 'Content-Type': 'text/plain' } });
}
