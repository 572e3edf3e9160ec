import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createLogger, PinoNestLogger } from './common/logger.js';
import { ConfigModule } from './config/config.module.js';
import { ConfigError, loadConfig, type AppConfig } from './config/config.schema.js';
import { dataSourceOptions } from './database/data-source.js';
import type { DatabaseInfo } from './database/database-info.js';
import { runningEmbeddedDatabaseUrl } from './database/embedded-database.js';
import { pendingMigrations } from './database/migrate.js';
import { ExtractionModule } from './modules/extraction/extraction.module.js';
import { AccessModule } from './modules/workspaces/access.service.js';

/** Extraction workers without the HTTP server, for running more of them than API processes. */
@Module({})
class WorkerModule {
  static forRoot(config: AppConfig, database: DatabaseInfo): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config, database), TypeOrmModule.forRoot(dataSourceOptions(database.url, config.DB_POOL_SIZE)), AccessModule, ExtractionModule],
    };
  }
}

async function main(): Promise<void> {
  const config = { ...loadConfig(), EXTRACTION_WORKERS: true };
  const url = config.DATABASE_URL ?? (await runningEmbeddedDatabaseUrl(config.DATA_DIR));
  if (!url) throw new ConfigError(`No database: set DATABASE_URL, or start the API first (npm start) so the embedded PostgreSQL in ${config.DATA_DIR} is running.`);
  const pending = await pendingMigrations(url);
  if (pending.length > 0) throw new ConfigError(`The database has ${pending.length} pending migration(s); start the API once to apply them.`);
  const logger = createLogger(config.LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, { url, embedded: !config.DATABASE_URL }), { logger: new PinoNestLogger(logger) });
  await app.init();
  logger.info({ concurrency: config.EXTRACTION_CONCURRENCY }, 'Extraction worker is running');
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'Worker shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `\n${error.message}\n` : error);
  process.exit(1);
});
