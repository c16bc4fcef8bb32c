import { describe, expect, it } from 'vitest';
import { refuseMalformedAction } from './action-body';
import { ACTION_BODY_LIMIT_BYTES } from './action-limits.mjs';

const action = (body: BodyInit, type = 'text/plain;charset=UTF-8', headers: Record<string, string> = {}) =>
  new Request('http://x/admin/recaps/1', { method: 'POST', headers: { 'Next-Action': 'abc', 'Content-Type': type, ...headers }, body });

describe('refuseMalformedAction', () => {
  it('lets well-formed action bodies and other requests through, body intact', async () => {
    const request = action('[1,{"baseVersion":2}]');
    expect(await refuseMalformedAction(request)).toBeNull();
    expect(await request.text()).toBe('[1,{"baseVersion":2}]');
    const form = new FormData();
    form.set('1_$ACTION_ID_abc', '');
    expect(await refuseMalformedAction(new Request('http://x/', { method: 'POST', headers: { 'Next-Action': 'abc' }, body: form }))).toBeNull();
    expect(await refuseMalformedAction(new Request('http://x/', { method: 'POST', body: '{{{' }))).toBeNull();
  });

  it.each(['{{{not json', '[', '[1,'.repeat(1000), ''])('answers 400 for %j', async (body) => {
    expect((await refuseMalformedAction(action(body)))?.status).toBe(400);
  });

  it('answers 413 over the limit, by header or by actual size', async () => {
    expect((await refuseMalformedAction(action('[]', undefined, { 'Content-Length': String(ACTION_BODY_LIMIT_BYTES + 1) })))?.status).toBe(413);
    expect((await refuseMalformedAction(action(JSON.stringify(['x'.repeat(ACTION_BODY_LIMIT_BYTES)]))))?.status).toBe(413);
  });

  it('answers 400 for a broken multipart body', async () => {
    expect((await refuseMalformedAction(action('--x\r\nbroken', 'multipart/form-data; boundary=y')))?.status).toBe(400);
  });
});
