import { describe, expect, it } from 'vitest';
import { pendingSchemaChanges, runMigrations } from '../src/database/migrate.js';
import { createTestDatabase } from './test-database.js';

describe('database schema', () => {
  it('matches the entities exactly after all migrations (no pending changes)', async () => {
    const database = await createTestDatabase({ empty: true });
    try {
      expect((await runMigrations(database.url)).length).toBeGreaterThan(0);
      expect(await pendingSchemaChanges(database.url)).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
