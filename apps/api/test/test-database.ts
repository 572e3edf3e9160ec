import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** A fresh database cloned from the migrated template (or empty), private to one test file. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<{ url: string; truncate(): Promise<void>; drop(): Promise<void> }> {
  const serverUrl = inject('pgServerUrl');
  const name = `oa_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${options.empty ? 'template0' : 'oa_template'}`);
  await admin.end();
  const url = `${serverUrl}/${name}`;
  return {
    url,
    async truncate() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`TRUNCATE users, workspaces CASCADE`);
      await client.end();
    },
    async drop() {
      const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
