import type { AppConfig } from '../config/config.schema.js';
import { startEmbeddedDatabase, type DatabaseHandle } from './embedded-database.js';

/** DATABASE_URL wins; without it a real PostgreSQL is started from node_modules under DATA_DIR. */
export async function startDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  return startEmbeddedDatabase({
    dataDir: config.DATA_DIR,
    port: config.EMBEDDED_PG_PORT,
    onLog: config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace' ? (line) => console.error(`[postgres] ${line}`) : undefined,
  });
}
