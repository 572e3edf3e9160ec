import type { Health } from '@outcome-atlas/contracts';
import type { DataSource } from 'typeorm';
import type { DatabaseInfo } from '../../database/database-info.js';

const VERSION = process.env.npm_package_version ?? '0.1.0';
// Probes are answered from a database check at most this old, so a flood of probes cannot load the database.
const PROBE_MAX_AGE_MS = 1_000;

type Check = { up: boolean; latencyMs: number | null; at: number };
export type HealthReport = { statusCode: 200 | 503; body: Health; json: string };

/** The health answer, shared by the Fastify route and the server's fast path so both say the same. */
export class HealthProbe {
  private check: Promise<Check> | null = null;
  private report: { check: Check; uptime: number; value: HealthReport } | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly database: DatabaseInfo,
    private readonly queue: () => { status: 'up' | 'down'; workers: boolean },
  ) {}

  /** The last report while it is still current (same database check, same uptime second), without waiting. */
  fresh(): HealthReport | null {
    const report = this.report;
    if (!report || performance.now() - report.check.at >= PROBE_MAX_AGE_MS) return null;
    return report.uptime === Math.round(process.uptime()) ? report.value : null;
  }

  async current(): Promise<HealthReport> {
    const check = await this.checkDatabase();
    const uptime = Math.round(process.uptime());
    // The serialized answer only changes with a new database check or a new uptime second.
    if (this.report?.check === check && this.report.uptime === uptime) return this.report.value;
    const queue = this.queue();
    const healthy = check.up && queue.status === 'up';
    const body: Health = {
      status: healthy ? 'ok' : 'degraded',
      version: VERSION,
      uptimeSeconds: uptime,
      checks: { database: { status: check.up ? 'up' : 'down', latencyMs: check.latencyMs, embedded: this.database.embedded }, queue },
    };
    const value: HealthReport = { statusCode: healthy ? 200 : 503, body, json: JSON.stringify(body) };
    this.report = { check, uptime, value };
    return value;
  }

  private async checkDatabase(): Promise<Check> {
    const cached = this.check ? await this.check : null;
    if (cached && performance.now() - cached.at < PROBE_MAX_AGE_MS) return cached;
    const started = performance.now();
    this.check = this.db.query('SELECT 1').then(
      () => ({ up: true, latencyMs: Math.round((performance.now() - started) * 100) / 100, at: performance.now() }),
      () => ({ up: false, latencyMs: null, at: performance.now() }),
    );
    return this.check;
  }
}
