import { Controller, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { endpoints, type Health } from '@outcome-atlas/contracts';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Route } from '../../common/route.decorator.js';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info.js';

const VERSION = process.env.npm_package_version ?? '0.1.0';

@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  @Route(endpoints.health)
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const started = performance.now();
    const up = await this.db.query('SELECT 1').then(
      () => true,
      () => false,
    );
    if (!up) void reply.status(503);
    return {
      status: up ? 'ok' : 'degraded',
      version: VERSION,
      uptimeSeconds: Math.round(process.uptime()),
      checks: { database: { status: up ? 'up' : 'down', latencyMs: up ? Math.round((performance.now() - started) * 100) / 100 : null, embedded: this.database.embedded } },
    };
  }
}
