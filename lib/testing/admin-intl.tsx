import { render, type RenderOptions } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactElement, ReactNode } from 'react';
import { adminMessages } from '@/lib/i18n/admin-messages';
import type { Locale } from '@/lib/i18n/locales';

/** The admin's client provider, as app/(admin)/layout.tsx sets it up, for component tests. */
export function AdminIntl({ locale = 'en', children }: { locale?: Locale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={adminMessages(locale)} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}

/** Testing Library's render inside the admin provider (English unless `locale` says otherwise). */
export function renderInAdmin(ui: ReactElement, { locale = 'en', ...options }: RenderOptions & { locale?: Locale } = {}) {
  return render(ui, { wrapper: ({ children }) => <AdminIntl locale={locale}>{children}</AdminIntl>, ...options });
}
