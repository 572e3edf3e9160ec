import { endpoints, type Health } from '@outcome-atlas/contracts';
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import type { DatabaseInfo } from '../../database/database-info.js';

const VERSION = process.env.npm_package_version ?? '0.1.0';
// Probes are answered from a database check at most this old, so a flood of probes cannot load the database.
const PROBE_MAX_AGE_MS = 1_000;

type Probe = { up: boolean; latencyMs: number | null; at: number };

/**
 * GET /api/health, served by Fastify directly: probes must stay cheap and answer even when
 * the application layer is busy, so they skip Nest's guards and interceptors.
 */
export function registerHealthRoute(fastify: FastifyInstance, db: DataSource, database: DatabaseInfo): void {
  let probe: Promise<Probe> | null = null;
  const probeDatabase = async (): Promise<Probe> => {
    const cached = probe ? await probe : null;
    if (cached && performance.now() - cached.at < PROBE_MAX_AGE_MS) return cached;
    const started = performance.now();
    probe = db.query('SELECT 1').then(
      () => ({ up: true, latencyMs: Math.round((performance.now() - started) * 100) / 100, at: performance.now() }),
      () => ({ up: false, latencyMs: null, at: performance.now() }),
    );
    return probe;
  };

  fastify.get(endpoints.health.path, async (_request, reply): Promise<Health> => {
    const { up, latencyMs } = await probeDatabase();
    if (!up) void reply.status(503);
    return {
      status: up ? 'ok' : 'degraded',
      version: VERSION,
      uptimeSeconds: Math.round(process.uptime()),
      checks: { database: { status: up ? 'up' : 'down', latencyMs, embedded: database.embedded } },
    };
  });
}
