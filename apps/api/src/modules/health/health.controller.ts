import { Controller, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { endpoints, type Health } from '@outcome-atlas/contracts';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Route } from '../../common/route.decorator.js';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info.js';

const VERSION = process.env.npm_package_version ?? '0.1.0';
// Probes are answered from a database check at most this old, so a flood of probes cannot load the database.
const PROBE_MAX_AGE_MS = 1_000;

type Probe = { up: boolean; latencyMs: number | null; at: number };

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  private probe: Promise<Probe> | null = null;

  @Route(endpoints.health)
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const { up, latencyMs } = await this.probeDatabase();
    if (!up) void reply.status(503);
    return {
      status: up ? 'ok' : 'degraded',
      version: VERSION,
      uptimeSeconds: Math.round(process.uptime()),
      checks: { database: { status: up ? 'up' : 'down', latencyMs, embedded: this.database.embedded } },
    };
  }

  private async probeDatabase(): Promise<Probe> {
    const cached = this.probe ? await this.probe : null;
    if (cached && performance.now() - cached.at < PROBE_MAX_AGE_MS) return cached;
    const started = performance.now();
    this.probe = this.db.query('SELECT 1').then(
      () => ({ up: true, latencyMs: Math.round((performance.now() - started) * 100) / 100, at: performance.now() }),
      () => ({ up: false, latencyMs: null, at: performance.now() }),
    );
    return this.probe;
  }
}
