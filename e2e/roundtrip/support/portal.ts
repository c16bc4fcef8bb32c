import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { prepareApp, ROOT } from '../../multi/support/cluster';

// One `next start` of the round trip (e2e/roundtrip/roundtrip.spec.ts): its own
// copy of the build, its own SQLite file and CONTENT_DIR, and the clock file
// both portals share, so that "now" is the same instant on both.

export interface Portal {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export interface PortalOptions {
  name: string;
  port: number;
  workDir: string;
  /** Environment of the server and of the commands run against its database (SQLITE_PATH, CONTENT_DIR, …). */
  env: Record<string, string>;
}

export async function startPortal(o: PortalOptions): Promise<Portal> {
  const app = prepareApp(ROOT, '.next', path.join(o.workDir, o.name));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORT: String(o.port), ...o.env };
  delete env.DATABASE_URL;
  const nextBin = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'start', '-p', String(o.port), '-H', '127.0.0.1'], {
    cwd: app,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const log = createWriteStream(path.join(o.workDir, o.name, 'server.log'));
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${o.port}`;
  const portal: Portal = {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      log.end();
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`portal ${o.name} exited (${child.exitCode}):\n${output.slice(-2000)}`);
    try {
      const res = await fetch(`${url}/api/health`);
      await res.arrayBuffer();
      if (res.status === 200) return portal;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await portal.stop();
      throw new Error(`portal ${o.name} not healthy within 60 s:\n${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs an npm script or tsx file of the project with `env` (a portal's database and content); throws with its output when it fails. */
export function run(command: string[], env: Record<string, string>): string {
  const result = spawnSync(command[0], command.slice(1), { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 240_000 });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status ?? result.signal}):\n${output.slice(-4000)}`);
  return output;
}
