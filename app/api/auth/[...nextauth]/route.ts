import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { clientIp } from '@/lib/auth/client-ip';
import { readCredentialsBody } from '@/lib/auth/credentials-body';
import { beginSignInAttempt } from '@/lib/auth/rate-limit';
import { signInEmail } from '@/lib/auth/sign-in-email';

type Context = { params: Promise<{ nextauth: string[] }> };

const MAX_PASSWORD_LENGTH = 1024;

function handler(request: NextRequest, context: Context) {
  return NextAuth(authOptions())(request, context);
}

/** next-auth's client reads `url` (and its `error` parameter); the status is for everyone else. */
function refuse(request: NextRequest, status: number, error: string, code: string, headers?: HeadersInit) {
  const url = new URL(`/signin?error=${code}`, request.url).toString();
  return Response.json({ url, error }, { status, headers });
}

/**
 * next-auth routes on the first two segments only (`callback/credentials/x`
 * reaches the credentials provider too), so this is the test every guard
 * below must use, never a comparison of the whole path.
 */
function isCredentialsCallback(nextauth: string[]): boolean {
  return nextauth[0] === 'callback' && nextauth[1] === 'credentials';
}

export async function GET(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  // The credentials callback is a form POST; next-auth answers a GET with a 500.
  if (isCredentialsCallback(nextauth)) {
    return Response.json({ error: 'Sign in with a POST from the sign-in form.' }, { status: 405, headers: { Allow: 'POST' } });
  }
  return handler(request, context);
}

/**
 * Sign-in attempts are counted per email and address, and per email, before
 * next-auth sees them. The email is normalized once, here, and next-auth gets
 * a request rebuilt from exactly the fields that were counted, so the password
 * is checked against the same account the limit was keyed on.
 */
export async function POST(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (!isCredentialsCallback(nextauth)) return handler(request, context);
  const body = await readCredentialsBody(request);
  if (!body.ok) return refuse(request, body.status, body.error, 'CredentialsSignin');
  const email = signInEmail(body.fields.email);
  const password = body.fields.password ?? '';
  if (!email || !password || password.length > MAX_PASSWORD_LENGTH) {
    return refuse(request, 400, 'Enter your email address (at most 320 characters) and your password.', 'CredentialsSignin');
  }
  const retryAfter = await beginSignInAttempt(email, clientIp(request.headers));
  if (retryAfter > 0) {
    return refuse(request, 429, 'Too many failed sign-ins. Try again later.', 'RateLimited', { 'Retry-After': String(retryAfter) });
  }
  const headers = new Headers(request.headers);
  headers.set('content-type', 'application/x-www-form-urlencoded');
  headers.delete('content-length');
  const forwarded = new NextRequest(request.url, {
    method: 'POST',
    headers,
    body: new URLSearchParams({ ...body.fields, email }).toString(),
  });
  return handler(forwarded, context);
}
