import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/admin/change-password-form';
import { LanguageForm } from '@/components/admin/language-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { requireOrganizer } from '@/lib/auth/guards';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { changePasswordAction, setLanguageAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'admin.account' }))('meta') };
}

interface Props {
  searchParams: Promise<{ saved?: string }>;
}

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireOrganizer('/admin/account');
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'admin' });
  const { saved } = await searchParams;
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">{t('account.title')}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">{t('account.name')}</dt>
        <dd>{user.name}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">{t('account.email')}</dt>
        <dd>{user.email}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">{t('account.role')}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
      </dl>
      <h2 className="mt-8 text-lg font-semibold text-zinc-900 dark:text-zinc-50">{t('account.languageTitle')}</h2>
      <p id="language-note" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {t('account.languageNote')}
      </p>
      <LanguageForm action={setLanguageAction} current={user.locale ?? ''} saved={saved === 'language'} />
      <h2 className="mt-8 text-lg font-semibold text-zinc-900 dark:text-zinc-50">{t('account.passwordTitle')}</h2>
      {user.passwordHash ? (
        <>
          <p id="change-password-note" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {t('account.passwordNote')}
          </p>
          <ChangePasswordForm action={changePasswordAction} email={user.email} minLength={MIN_PASSWORD_LENGTH} />
        </>
      ) : (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('account.githubOnly')}</p>
      )}
    </div>
  );
}
