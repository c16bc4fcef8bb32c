import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInviteForm } from '@/components/admin/accept-invite-form';
import { getInvite } from '@/lib/users/queries';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { getTranslations } from 'next-intl/server';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { acceptInviteAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'auth.invite' }))('meta') };
}
export const dynamic = 'force-dynamic';

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await getInvite(token);
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'auth.invite' });
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">{t(invite?.role === 'admin' ? 'titleAdmin' : 'titleOrganizer')}</h1>
      {invite ? (
        <>
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            {t.rich('intro', { email: invite.email, strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          <AcceptInviteForm action={acceptInviteAction.bind(null, token)} minLength={MIN_PASSWORD_LENGTH} />
        </>
      ) : (
        <p className="mt-4 text-sm">
          {t.rich('expired', {
            link: (chunks) => (
              <Link className="underline" href="/signin">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </main>
  );
}
