import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { clientIp } from '@/lib/auth/client-ip';
import { signInRetryAfter } from '@/lib/auth/rate-limit';

type Context = { params: Promise<{ nextauth: string[] }> };
type Req = import('next/server').NextRequest;

function handler(request: Req, context: Context) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET };

/** Sign-in attempts are rate limited per email and address before next-auth sees them. */
export async function POST(request: Req, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join('/') === 'callback/credentials') {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get('email') ?? '').trim().toLowerCase();
    if (email) {
      const retryAfter = await signInRetryAfter(email, clientIp(request.headers));
      if (retryAfter > 0) {
        const url = new URL('/signin?error=RateLimited', request.url).toString();
        // next-auth's client reads `url`; the status and Retry-After are for everyone else.
        return Response.json({ url, error: 'Too many failed sign-ins. Try again later.' }, { status: 429, headers: { 'Retry-After': String(retryAfter) } });
      }
    }
  }
  return handler(request, context);
}
