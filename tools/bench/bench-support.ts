import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startEmbeddedDatabase } from '../../apps/api/dist/database/embedded-database.js';
import { runMigrations } from '../../apps/api/dist/database/migrate.js';

export type Measurement = { label: string; requestsPerSecond: number; p50: number; p99: number; errors: number };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs autocannon against one local URL (loopback only, bounded in time). */
export async function measure(label: string, url: string, options: { headers?: Record<string, string>; duration?: number; connections?: number } = {}): Promise<Measurement> {
  const result = await autocannon({ url, connections: options.connections ?? 10, duration: options.duration ?? 8, headers: options.headers ?? {} });
  const bad = result.non2xx + result.errors;
  return { label, requestsPerSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: bad };
}

/** Starts the built API as a child process and waits for /api/health. */
export async function startApi(env: Record<string, string>): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
    env: { ...process.env, LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (ok) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new Error('API did not become healthy');
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

export function table(rows: Measurement[], baseline?: Record<string, Measurement>): string {
  const lines = ['| scenario | req/s | p50 ms | p99 ms | errors | vs bare |', '|---|---:|---:|---:|---:|---:|'];
  for (const row of rows) {
    const bare = baseline?.[row.label];
    const ratio = bare ? `${(row.requestsPerSecond / bare.requestsPerSecond).toFixed(2)}x` : '';
    lines.push(`| ${row.label} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.errors} | ${ratio} |`);
  }
  return lines.join('\n');
}

export type BenchStack = {
  api: { url: string; process: ChildProcess };
  /** A direct connection to the same database, for loading data and the raw baselines. */
  db: pg.Client;
  databaseUrl: string;
  dataDir: string;
  /** POSTs JSON to the API and returns the parsed answer; a non-2xx answer throws with its body. */
  post: <T>(url: string, body: unknown, token?: string) => Promise<T>;
};

/**
 * A throwaway embedded PostgreSQL with migrations applied, the built API on it, and a pg client, for the
 * length of `run`; everything is stopped and deleted afterwards, whatever happens.
 */
export async function withBenchStack(name: string, run: (stack: BenchStack) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `outcome-atlas-bench-${name}-`));
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedDatabase({ dataDir });
  await runMigrations(database.url);
  const api = await startApi({ DATABASE_URL: database.url });
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const post = async <T>(url: string, body: unknown, token?: string): Promise<T> => {
    const response = await fetch(`${api.url}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<T>;
  };
  try {
    await run({ api, db, databaseUrl: database.url, dataDir, post });
  } finally {
    await db.end();
    await stopProcess(api.process);
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
