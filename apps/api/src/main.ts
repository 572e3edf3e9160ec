import { ConfigError, loadConfig } from './config/config.schema.js';
import { startDatabase } from './database/start-database.js';
import { DataDirInUseError } from './database/embedded-database.js';
import { runMigrations } from './database/migrate.js';
import { createApp } from './app.js';
import { DemoSeedService } from './modules/seed/demo-seed.service.js';

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const database = await startDatabase(config);
  let shuttingDown = false;
  const stopDatabase = () => database.stop().catch((error: unknown) => console.error('Stopping PostgreSQL failed:', error));
  try {
    const applied = await runMigrations(database.url);
    const { app, logger } = await createApp(config, database);
    if (applied.length > 0) logger.info({ migrations: applied }, 'Applied migrations');
    const shutdown = async (signal: string) => {
      if (shuttingDown) return;
      shuttingDown = true;
      logger.info({ signal }, 'Shutting down');
      await app.close().catch((error: unknown) => logger.error({ err: error }, 'Closing the app failed'));
      await stopDatabase();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    const seeded = config.SEED_DEMO ? await app.get(DemoSeedService).seed() : null;
    await app.listen({ port: config.PORT, host: config.HOST });
    const url = `http://localhost:${config.PORT}`;
    logger.info({ url, embeddedDatabase: database.embedded, startupMs: Math.round(performance.now() - startedAt) }, 'Outcome Atlas is ready');
    console.log(`\n  Outcome Atlas is running at ${url}  (API docs: ${url}/api/docs)`);
    if (seeded) console.log(`  Demo login: ${seeded.email} / ${seeded.password}${seeded.created ? '  (demo workspace created)' : ''}\n`);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error('Outcome Atlas failed to start:', error);
  }
  process.exit(1);
});
