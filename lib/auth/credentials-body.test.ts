import { describe, expect, it } from 'vitest';
import { MAX_CREDENTIALS_BODY, readCredentialsBody } from './credentials-body';

const post = (body: string, type = 'application/x-www-form-urlencoded') =>
  new Request('http://x/api/auth/callback/credentials', { method: 'POST', headers: { 'content-type': type }, body });

describe('readCredentialsBody', () => {
  it('reads a form and a JSON body to the same fields', async () => {
    const form = await readCredentialsBody(post('email=a%40x.org&password=pw&csrfToken=t'));
    const json = await readCredentialsBody(post(JSON.stringify({ email: 'a@x.org', password: 'pw', csrfToken: 't' }), 'application/json'));
    expect(form).toEqual({ ok: true, fields: { email: 'a@x.org', password: 'pw', csrfToken: 't' } });
    expect(json).toEqual(form);
  });

  it('refuses a repeated field, which next-auth and FormData would read differently', async () => {
    expect(await readCredentialsBody(post('email=nobody%40x.org&email=victim%40x.org&password=pw'))).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses non-text JSON values, other content types and oversized bodies', async () => {
    expect(await readCredentialsBody(post('{"email":["a@x.org"],"password":"pw"}', 'application/json'))).toMatchObject({ ok: false, status: 400 });
    expect(await readCredentialsBody(post('{not json', 'application/json'))).toMatchObject({ ok: false, status: 400 });
    expect(await readCredentialsBody(post('[]', 'application/json'))).toMatchObject({ ok: false, status: 400 });
    expect(await readCredentialsBody(post('email=a', 'text/plain'))).toMatchObject({ ok: false, status: 415 });
    expect(await readCredentialsBody(post(`email=${'a'.repeat(MAX_CREDENTIALS_BODY)}`))).toMatchObject({ ok: false, status: 413 });
  });
});
