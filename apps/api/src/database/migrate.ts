import { createDataSource } from './data-source.js';

/** Applies pending migrations; returns the names of those that ran. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = createDataSource(url, 2);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** SQL the entities would need beyond what the migrations created; empty when they agree. */
export async function pendingSchemaChanges(url: string): Promise<string[]> {
  const dataSource = createDataSource(url, 2);
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((query) => query.query);
  } finally {
    await dataSource.destroy();
  }
}

/** Names of migrations the database has not applied yet. */
export async function pendingMigrations(url: string): Promise<string[]> {
  const dataSource = createDataSource(url, 1);
  await dataSource.initialize();
  try {
    const executed = new Set((await dataSource.query('SELECT name FROM schema_migrations').catch(() => []) as { name: string }[]).map((row) => row.name));
    return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name).filter((name) => !executed.has(name));
  } finally {
    await dataSource.destroy();
  }
}
