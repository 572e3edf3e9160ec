import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { TurnQueue } from '../../common/turn-queue.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';

/**
 * Admission for survey imports. An import holds a pooled database connection (and its transaction) from the first
 * byte of its upload to the last, so however many clients upload at once, at most RATINGS_IMPORT_CONCURRENCY
 * imports (and never the whole pool) hold one; the others wait in line for up to RATINGS_IMPORT_QUEUE_SECONDS,
 * their uploads unread, and then answer 503 IMPORTS_BUSY with Retry-After.
 */
@Injectable()
export class ImportSlots {
  private readonly turns: TurnQueue;
  private readonly waitSeconds: number;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'RATINGS_IMPORT_CONCURRENCY' | 'RATINGS_IMPORT_QUEUE_SECONDS' | 'DB_POOL_SIZE'>) {
    this.turns = new TurnQueue(Math.max(1, Math.min(config.RATINGS_IMPORT_CONCURRENCY, config.DB_POOL_SIZE - 1)));
    this.waitSeconds = config.RATINGS_IMPORT_QUEUE_SECONDS;
  }

  /** Waits for a slot; the answer frees it (once the import's connection is released). */
  acquire(): Promise<() => void> {
    const retryAfter = String(Math.max(1, this.waitSeconds));
    return this.turns.acquire({
      ms: this.waitSeconds * 1000,
      giveUp: () => new AppError(503, 'IMPORTS_BUSY', `Other imports are running; try again in ${retryAfter} seconds`, undefined, { 'retry-after': retryAfter }),
    });
  }
}
