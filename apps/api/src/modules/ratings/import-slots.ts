import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';

type Waiter = { admit(): void; timer: NodeJS.Timeout };

/**
 * Admission for survey imports. An import holds a pooled database connection (and its transaction) from the first
 * byte of its upload to the last, so however many clients upload at once, at most RATINGS_IMPORT_CONCURRENCY
 * imports (and never the whole pool) hold one; the others wait in line for up to RATINGS_IMPORT_QUEUE_SECONDS,
 * their uploads unread, and then answer 503 IMPORTS_BUSY with Retry-After.
 */
@Injectable()
export class ImportSlots {
  private readonly limit: number;
  private readonly waitMs: number;
  private running = 0;
  private readonly queue: Waiter[] = [];

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'RATINGS_IMPORT_CONCURRENCY' | 'RATINGS_IMPORT_QUEUE_SECONDS' | 'DB_POOL_SIZE'>) {
    this.limit = Math.max(1, Math.min(config.RATINGS_IMPORT_CONCURRENCY, config.DB_POOL_SIZE - 1));
    this.waitMs = config.RATINGS_IMPORT_QUEUE_SECONDS * 1000;
  }

  /** Waits for a slot; the answer frees it (call it exactly once, when the import's connection is released). */
  async acquire(): Promise<() => void> {
    // A freed slot passes straight to the next in line, so a newcomer can never overtake it.
    if (this.running < this.limit) this.running += 1;
    else await this.waitInLine();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (!next) {
        this.running -= 1;
        return;
      }
      clearTimeout(next.timer);
      next.admit();
    };
  }

  private waitInLine(): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        admit: resolve,
        timer: setTimeout(() => {
          this.queue.splice(this.queue.indexOf(waiter), 1);
          const retryAfter = String(Math.max(1, Math.ceil(this.waitMs / 1000)));
          reject(new AppError(503, 'IMPORTS_BUSY', `Other imports are running; try again in ${retryAfter} seconds`, undefined, { 'retry-after': retryAfter }));
        }, this.waitMs),
      };
      this.queue.push(waiter);
    });
  }
}
