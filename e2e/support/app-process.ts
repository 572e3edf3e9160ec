import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const API_MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export type AppEnv = Record<string, string>;
export type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** A spawned `node apps/api/dist/main.js`, its captured output and its exit. */
export type AppProcess = {
  child: ChildProcess;
  output(): string;
  exited: Promise<Exit>;
  hasExited(): boolean;
};

export type RunningApp = AppProcess & {
  url: string;
  port: number;
  dataDir: string;
  /** Sends SIGTERM and waits for the process to exit. */
  stop(): Promise<Exit>;
};

const running = new Set<ChildProcess>();
// If the test runner dies, the apps (and their PostgreSQL) must not outlive it.
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

/** A temporary DATA_DIR the OS user `postgres` can enter (mkdtemp creates mode 700). */
export async function makeDataDir(label = 'e2e'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `outcome-atlas-${label}-`));
  await chmod(dir, 0o755);
  return dir;
}

export async function removeDataDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
    });
  });
}

function assertBuilt(): void {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} does not exist. Build the api first: NX_DAEMON=false nx run @outcome-atlas/api:build`);
  }
}

/**
 * Spawns the built app with exactly the given environment (plus PATH and HOME).
 * `detached` puts it in its own process group, so a signal sent to the caller's group
 * (e.g. by Playwright's webServer shutdown) reaches it only when the caller forwards it.
 */
export function spawnApp(env: AppEnv, options: { detached?: boolean } = {}): AppProcess {
  assertBuilt();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  running.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let done = false;
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      running.delete(child);
      resolve({ code, signal });
    });
  });
  return { child, output: () => output, exited, hasExited: () => done };
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
    if (response.status !== 200) return false;
    const body = (await response.json()) as { status?: unknown };
    return body.status === 'ok';
  } catch {
    return false;
  }
}

async function stopProcess(app: AppProcess): Promise<Exit> {
  if (app.hasExited()) return app.exited;
  app.child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS).unref());
  const result = await Promise.race([app.exited, timeout]);
  if (result === 'timeout') {
    app.child.kill('SIGKILL');
    throw new Error(`The app did not exit within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM. Output:\n${app.output()}`);
  }
  return result;
}

/**
 * Starts the built app as a user would and waits until GET /api/health answers ok.
 * Fails fast, with the app's output, if it exits or is not healthy within 60 s.
 */
export async function startApp(options: { dataDir: string; env?: AppEnv; port?: number; detached?: boolean }): Promise<RunningApp> {
  const port = options.port ?? (await freePort());
  const url = `http://localhost:${port}`;
  const app = spawnApp({ LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...options.env, PORT: String(port), DATA_DIR: options.dataDir }, { detached: options.detached });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await isHealthy(url))) {
    if (app.hasExited()) {
      const { code, signal } = await app.exited;
      throw new Error(`The app exited (code ${code}, signal ${signal}) before it was healthy. Output:\n${app.output()}`);
    }
    if (Date.now() > deadline) {
      await stopProcess(app).catch(() => undefined);
      throw new Error(`The app was not healthy within ${READY_TIMEOUT_MS / 1000} s. Output:\n${app.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { ...app, url, port, dataDir: options.dataDir, stop: () => stopProcess(app) };
}

/** Runs the app with an environment that should make it exit on its own; resolves with its exit and output. */
export async function runUntilExit(env: AppEnv, timeoutMs = 30_000): Promise<Exit & { output: string }> {
  const app = spawnApp({ LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env });
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
  const result = await Promise.race([app.exited, timeout]);
  if (result === 'timeout') {
    await stopProcess(app).catch(() => undefined);
    throw new Error(`The app was expected to exit within ${timeoutMs / 1000} s but kept running. Output:\n${app.output()}`);
  }
  return { ...result, output: app.output() };
}
