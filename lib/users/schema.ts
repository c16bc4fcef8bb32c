import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { ADMIN_LOCALE_CHOICES } from '@/lib/i18n/admin-locale-choice';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, 'This email address is too long.')
  .email('Enter a valid email address, like name@example.com.');

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(200, 'Use at most 200 characters.');

export const nameSchema = z.string().trim().min(1, 'Enter your name.').max(120, 'Use at most 120 characters.');

export const accountInputSchema = z
  .object({ name: nameSchema, password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords do not match.' });

export const setupInputSchema = z
  .object({ email: emailSchema, name: nameSchema, password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords do not match.' });

export const inviteInputSchema = z.object({ email: emailSchema, role: z.enum(['organizer', 'admin'], { error: 'Choose a role.' }) });

export const revokeInviteInputSchema = z.object({ inviteId: z.number().int().positive() });

/** The Account page's form: the current password proves it is really you, not someone at your unlocked computer. */
export const changePasswordInputSchema = z
  .object({
    current: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(200, 'That is not your current password.'),
    password: z.string({ error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` }).pipe(passwordSchema),
    confirm: z.string({ error: 'The two passwords do not match.' }),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords do not match.' })
  .refine((v) => v.password !== v.current, { path: ['password'], message: 'Choose a new password that differs from your current one.' });

/** The Account page's language choice: a locale, or "" for "follow my browser" (stored as null). */
export const localeSettingInputSchema = z.object({
  locale: z.enum(ADMIN_LOCALE_CHOICES, { error: 'Choose a language from the list.' }).transform((v) => (v === '' ? null : v)),
});
