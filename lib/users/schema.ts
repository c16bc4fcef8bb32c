import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';

export const emailSchema = z.string().trim().toLowerCase().max(320, 'email is too long').email('enter a valid email address');

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, 'use at most 200 characters');

export const nameSchema = z.string().trim().min(1, 'enter your name').max(120, 'use at most 120 characters');

export const accountInputSchema = z
  .object({ name: nameSchema, password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'the passwords do not match' });

export const setupInputSchema = z
  .object({ email: emailSchema, name: nameSchema, password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'the passwords do not match' });

export const inviteInputSchema = z.object({ email: emailSchema, role: z.enum(['organizer', 'admin'], { error: 'choose a role' }) });
