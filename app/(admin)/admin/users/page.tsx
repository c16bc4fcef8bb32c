import type { Metadata } from 'next';
import { InviteForm } from '@/components/admin/invite-form';
import { ActiveToggle } from '@/components/admin/active-toggle';
import { requireAdmin } from '@/lib/auth/guards';
import { getTranslations } from 'next-intl/server';
import { formatAdminDateTime } from '@/lib/i18n/admin-format';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { listInvites, listPeople } from '@/lib/users/queries';
import { inviteAction, revokeInviteAction, setActiveAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'admin.people' }))('meta') };
}

export default async function UsersPage() {
  const admin = await requireAdmin('/admin/users');
  const [people, invites] = await Promise.all([listPeople(), listInvites()]);
  const locale = await getAdminLocale();
  const t = await getTranslations({ locale, namespace: 'admin' });
  // The server renders it, so it is said in UTC rather than guessed.
  const expiry = (iso: string) => formatAdminDateTime(iso, locale);
  return (
    <>
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">{t('people.title')}</h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-10">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('people.caption')}</caption>
            <thead className="border-b border-zinc-200 dark:border-zinc-800">
              <tr>
                <th scope="col" className="py-2">
                  {t('people.name')}
                </th>
                <th scope="col">{t('people.email')}</th>
                <th scope="col">{t('people.role')}</th>
                <th scope="col">{t('people.status')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id} className="border-b border-zinc-100 dark:border-zinc-900" data-testid="person-row">
                  <td className="py-2 font-medium">{p.name}</td>
                  <td>{p.email}</td>
                  <td>{t(`roles.${p.role}`)}</td>
                  <td>
                    {p.active ? t('people.active') : t('people.deactivated')}
                    {p.id !== admin.id && (
                      <ActiveToggle
                        action={setActiveAction.bind(null, p.id, !p.active)}
                        label={t(p.active ? 'people.deactivateLabel' : 'people.reactivateLabel', { name: p.name })}
                        text={t(p.active ? 'people.deactivate' : 'people.reactivate')}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <section aria-labelledby="pending-invites-title">
            <h2 id="pending-invites-title" className="font-semibold">
              {t('people.pending')}
            </h2>
            {invites.length === 0 ? (
              <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('people.noInvites')}</p>
            ) : (
              <>
                <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('people.linkOnce')}</p>
                <table className="mt-3 w-full text-left text-sm">
                  <thead className="border-b border-zinc-200 dark:border-zinc-800">
                    <tr>
                      <th scope="col" className="py-2">
                        {t('people.email')}
                      </th>
                      <th scope="col">{t('people.role')}</th>
                      <th scope="col">{t('people.expires')}</th>
                      <th scope="col">
                        <span className="sr-only">{t('people.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {invites.map((invite) => (
                      <tr key={invite.id} className="border-b border-zinc-100 dark:border-zinc-900" data-testid="invite-row">
                        <td className="py-2 font-medium">{invite.email}</td>
                        <td>{t(`roles.${invite.role}`)}</td>
                        <td>
                          <time dateTime={invite.expiresAt}>{expiry(invite.expiresAt)}</time>
                        </td>
                        <td className="text-right">
                          <ActiveToggle
                            action={revokeInviteAction.bind(null, invite.id)}
                            label={t('people.revokeLabel', { email: invite.email })}
                            text={t('people.revoke')}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
        </div>
        <section aria-labelledby="invite-title" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <h2 id="invite-title" className="font-semibold">
            {t('people.inviteTitle')}
          </h2>
          <InviteForm action={inviteAction} />
        </section>
      </div>
    </>
  );
}
