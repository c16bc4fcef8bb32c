/**
 * Child-process bookkeeping for benches: every process started through
 * `spawnTracked` runs in its own process group and is ended on exit, on an
 * error, and on SIGINT/SIGTERM, so no next or nginx is ever left running.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Tracked {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string>;
  /** Signal that ends it gracefully (SIGTERM, or SIGQUIT for nginx). */
  stopSignal: NodeJS.Signals;
}

const running = new Set<Tracked>();

export interface SpawnTrackedOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Append stdout and stderr to this file; otherwise they are inherited. */
  logFile?: string;
  stopSignal?: NodeJS.Signals;
}

export function spawnTracked(name: string, command: string, args: string[], options: SpawnTrackedOptions = {}): Tracked {
  let stdio: SpawnOptions['stdio'] = 'inherit';
  if (options.logFile) {
    fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
    const fd = fs.openSync(options.logFile, 'a');
    stdio = ['ignore', fd, fd];
  }
  // detached: own process group, so the whole tree (nginx workers, next's children) can be signalled.
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio, detached: true });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1));
    child.once('error', (err) => {
      console.error(`[bench] ${name}: ${err.message}`);
      resolve(-1);
    });
  });
  const tracked: Tracked = { name, child, exited, stopSignal: options.stopSignal ?? 'SIGTERM' };
  running.add(tracked);
  void exited.then(() => running.delete(tracked));
  return tracked;
}

function signalGroup(t: Tracked, signal: NodeJS.Signals): void {
  if (t.child.pid === undefined || t.child.exitCode !== null || t.child.signalCode !== null) return;
  try {
    process.kill(-t.child.pid, signal);
  } catch {
    try {
      t.child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** Stops one process: its stop signal, then SIGKILL to its group after `graceMs`. */
export async function stopTracked(t: Tracked, graceMs = 5000): Promise<void> {
  if (t.child.exitCode !== null || t.child.signalCode !== null) return;
  signalGroup(t, t.stopSignal);
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), graceMs).unref());
  if ((await Promise.race([t.exited, timer])) === 'timeout') {
    signalGroup(t, 'SIGKILL');
    await t.exited;
  }
  // Workers left in the group (e.g. an nginx worker) go too.
  signalGroup(t, 'SIGKILL');
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((t) => stopTracked(t)));
}

let installed = false;

/** Ends every tracked process on exit, SIGINT, SIGTERM and uncaught errors. Call once at start. */
export function installCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', () => {
    for (const t of running) signalGroup(t, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n[bench] ${signal}: stopping ${running.size} child process(es)…`);
      void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/** Runs a command to completion, returns its wall time; throws (with the log tail) when it fails. */
export async function runTimed(name: string, command: string, args: string[], options: SpawnTrackedOptions = {}): Promise<number> {
  const start = performance.now();
  const t = spawnTracked(name, command, args, options);
  const code = await t.exited;
  const ms = performance.now() - start;
  if (code !== 0) {
    const tail = options.logFile && fs.existsSync(options.logFile) ? fs.readFileSync(options.logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
    throw new Error(`${name} failed (exit ${code})${options.logFile ? `; log: ${options.logFile}` : ''}\n${tail}`);
  }
  return ms;
}
