import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import { db } from '@/lib/db/ready';
import { env, shareSiteUrlWithNextAuth } from '@/lib/env';
import { isSiteRelativePath } from '@/lib/mdx/safe-url';
import { bumpSessionVersion, getUserByEmail, getUserById } from '@/lib/sql/users';
import { clientIp } from './client-ip';
import { verifyPassword } from './password';
import { liveSessionUser } from './live-user';
import { clearSignInFailures } from './rate-limit';
import { signInEmail } from './sign-in-email';
import { authSecret } from './secret';
import { acceptInviteByEmail } from './github-invite';

shareSiteUrlWithNextAuth();

const SESSION_MAX_AGE = 7 * 24 * 60 * 60;

/** next-auth configuration: email + password, and GitHub for invited emails when configured. */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
    useSecureCookies: env.secureCookies,
    pages: { signIn: '/signin', error: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          // The sign-in route already normalized the email and counted this
          // attempt (its row stays as the failure unless cleared below).
          const email = signInEmail(credentials?.email);
          const password = credentials?.password ?? '';
          if (!email || !password) return null;
          const user = await getUserByEmail(await db(), email);
          const ok = await verifyPassword(password, user?.passwordHash ?? null);
          if (!user || !ok || !user.active) return null;
          await clearSignInFailures(email, clientIp(new Headers(req.headers as Record<string, string>)));
          return { id: String(user.id), email: user.email, name: user.name };
        },
      }),
      ...(env.github ? [GitHubProvider({ clientId: env.github.id, clientSecret: env.github.secret })] : []),
    ],
    events: {
      // Ends this session (and the user's others) on every instance: the
      // cookie's version no longer matches. Only a valid cookie gets here.
      async signOut({ token }) {
        if (typeof token?.uid === 'number') await bumpSessionVersion(await db(), token.uid, new Date());
      },
    },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== 'github') return true;
        // GitHub only for invited people: an active account, or a pending invite for that email.
        if (!user.email) return false;
        const existing = await getUserByEmail(await db(), user.email);
        if (existing) return existing.active;
        return acceptInviteByEmail(user.email, user.name ?? user.email.split('@')[0]);
      },
      async jwt({ token, user, account }) {
        if (user) {
          const found = account?.provider === 'github' ? await getUserByEmail(await db(), user.email ?? '') : await getUserById(await db(), Number(user.id));
          if (found) {
            token.uid = found.id;
            token.sv = found.sessionVersion;
          }
        }
        return token;
      },
      async session({ session, token }) {
        // A revoked session is answered as signed out, also at /api/auth/session.
        const user = await liveSessionUser(token.uid, token.sv);
        if (!user) return { expires: session.expires };
        return { ...session, uid: token.uid, sv: token.sv };
      },
      async redirect({ url, baseUrl }) {
        // callbackUrl only ever leads back to this site.
        if (isSiteRelativePath(url)) return `${baseUrl}${url}`;
        try {
          if (new URL(url).origin === new URL(baseUrl).origin) return url;
        } catch {
          // Not a URL: fall through.
        }
        return `${baseUrl}/admin`;
      },
    },
  };
}
