import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import { createLogger } from '../../common/logger.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info.js';
import { ExtractionRunner } from './extraction-runner.service.js';

export const EXTRACTION_QUEUE = 'extraction';
type ExtractionMessage = { extractionJobId: string };

/**
 * Extraction jobs on pg-boss (PostgreSQL, so no extra service to run). Retries with exponential backoff
 * cover outages longer than the SDK's own retries; a heartbeat lets another worker take over a job whose
 * process died, and the runner's stored chunks make that resume without repeating model calls.
 */
@Injectable()
export class ExtractionQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly boss: PgBoss;
  private readonly logger;
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_INFO) database: DatabaseInfo,
    private readonly runner: ExtractionRunner,
  ) {
    this.logger = createLogger(config.LOG_LEVEL).child({ component: 'extraction-queue' });
    this.boss = new PgBoss({
      connectionString: database.url,
      schema: 'pgboss',
      application_name: 'outcome-atlas-queue',
      max: 4,
      schedule: false,
      monitorIntervalSeconds: config.EXTRACTION_HEARTBEAT_SECONDS,
      superviseIntervalSeconds: config.EXTRACTION_HEARTBEAT_SECONDS,
    });
    this.boss.on('error', (error) => this.logger.error({ err: error }, 'Queue error'));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(EXTRACTION_QUEUE, {
      retryLimit: this.config.EXTRACTION_RETRY_LIMIT,
      retryDelay: 5,
      retryBackoff: true,
      retryDelayMax: 300,
      expireInSeconds: 3600,
      heartbeatSeconds: this.config.EXTRACTION_HEARTBEAT_SECONDS,
    });
    if (this.config.EXTRACTION_WORKERS) await this.startWorkers();
    this.running = true;
  }

  /** For the health report: whether the queue runs here, and whether this process works its jobs. */
  status(): { status: 'up' | 'down'; workers: boolean } {
    return { status: this.running ? 'up' : 'down', workers: this.config.EXTRACTION_WORKERS };
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    // Running jobs keep their finished chunks; the heartbeat hands them to the next worker.
    await this.boss.stop({ graceful: true, timeout: 5000 });
  }

  /**
   * Queues extraction jobs in one insert. Cancelling needs no queue call: a worker that picks up a
   * cancelled job finds it so in extraction_jobs and returns at once.
   */
  async enqueue(extractionJobIds: readonly string[]): Promise<void> {
    if (extractionJobIds.length === 0) return;
    await this.boss.insert(EXTRACTION_QUEUE, extractionJobIds.map((extractionJobId) => ({ data: { extractionJobId } satisfies ExtractionMessage })));
  }

  private async startWorkers(): Promise<void> {
    await this.boss.work<ExtractionMessage>(EXTRACTION_QUEUE, { localConcurrency: this.config.EXTRACTION_JOBS_PER_WORKER, pollingIntervalSeconds: 1 }, async ([job]) => {
      if (!job) return;
      await this.runner.run(job.data.extractionJobId, { signal: job.signal, attempt: job.retryCount + 1, finalAttempt: job.retryCount >= this.config.EXTRACTION_RETRY_LIMIT });
    });
  }
}
