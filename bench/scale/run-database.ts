/**
 * A throwaway copy of a seeded database for one run, so that what the app
 * writes while serving (snapshots, the search index check, published
 * drafts) never changes the seeded data the next run starts from.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { BENCH_TMP } from '../lib/server';
import { PG_SERVER_URL, targetEnv, type SeedTarget } from './seed';

export interface RunDatabase {
  env: Record<string, string>;
  /** How long the copy took. */
  ms: number;
  drop(): Promise<void>;
}

export async function copyDatabase(target: SeedTarget, suffix: string): Promise<RunDatabase> {
  const t0 = performance.now();
  if (target.dialect === 'sqlite') {
    const file = path.join(BENCH_TMP, 'scale', 'run', `portal-${suffix}.db`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const remove = () => {
      for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
    };
    remove();
    fs.copyFileSync(target.name, file);
    return { env: { SQLITE_PATH: file }, ms: Math.round(performance.now() - t0), drop: async () => remove() };
  }
  const name = `bench_scale_${suffix}`;
  await pgAdmin(`drop database if exists ${name} with (force)`);
  // FILE_COPY: several GB copy in seconds rather than through the WAL.
  await pgAdmin(`create database ${name} template ${target.name} strategy file_copy`);
  return {
    env: targetEnv({ ...target, name }),
    ms: Math.round(performance.now() - t0),
    drop: () => pgAdmin(`drop database if exists ${name} with (force)`),
  };
}

async function pgAdmin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_SERVER_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
