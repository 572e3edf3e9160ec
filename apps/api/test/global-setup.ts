import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../src/database/embedded-database.js';
import { runMigrations } from '../src/database/migrate.js';

export const TEMPLATE_DATABASE = 'oa_template';

declare module 'vitest' {
  // Module augmentation needs an interface (declaration merging).
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run. Migrations are applied once to a template
 * database; every test file clones it (CREATE DATABASE ... TEMPLATE), so files run in parallel.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'outcome-atlas-test-'));
  // PostgreSQL runs as the postgres user when we are root; it must be able to enter the directory.
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedDatabase({ dataDir });
  const serverUrl = database.url.replace(/\/[^/]+$/, '');
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  await runMigrations(`${serverUrl}/${TEMPLATE_DATABASE}`);
  // pg-boss installs its own schema on first start; doing it once here saves every test file the wait.
  const boss = new PgBoss({ connectionString: `${serverUrl}/${TEMPLATE_DATABASE}`, schema: 'pgboss', supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, close: true });
  project.provide('pgServerUrl', serverUrl);
  return async () => {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
