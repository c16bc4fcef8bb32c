import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

let cached: string | undefined;

/**
 * AUTH_SECRET, or a secret generated once and kept in DATA_DIR/auth-secret so
 * that the zero-configuration default keeps sessions across restarts.
 * Several instances must share it: set AUTH_SECRET in production.
 */
export function authSecret(): string {
  if (cached) return cached;
  const configured = env.authSecret;
  if (configured) return (cached = configured);
  const file = path.join(env.dataDir, 'auth-secret');
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
    if (cached) return cached;
  } catch {
    // Not created yet.
  }
  fs.mkdirSync(env.dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  try {
    // `wx`: if another process wrote it first, use theirs.
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    cached = secret;
  } catch {
    cached = fs.readFileSync(file, 'utf8').trim();
  }
  return cached;
}
