import type { IncomingMessage, ServerResponse } from 'node:http';
import { endpoints, type Health } from '@outcome-atlas/contracts';
import type { FastifyInstance } from 'fastify';
import { API_HEADERS } from '../../common/security-headers.js';
import type { HealthProbe, HealthReport } from './health-probe.js';

/** GET /api/health through Fastify: used for HEAD, in-process tests (inject) and anything the fast path passes on. */
export function registerHealthRoute(fastify: FastifyInstance, probe: HealthProbe): void {
  fastify.get(endpoints.health.path, async (_request, reply): Promise<Health> => {
    const report = await probe.current();
    void reply.status(report.statusCode);
    return report.body;
  });
}

const HEALTH_HEADERS = Object.entries({ ...API_HEADERS, 'content-type': 'application/json; charset=utf-8' }).flat();

function send(response: ServerResponse, report: HealthReport): void {
  response.writeHead(report.statusCode, [...HEALTH_HEADERS, 'content-length', String(Buffer.byteLength(report.json))]);
  response.end(report.json);
}

/**
 * Answers `GET /api/health` in the HTTP server's own request listener, before the framework's request
 * pipeline (routing, hooks, per-request logger). Probes from load balancers and orchestrators arrive every
 * few seconds from every instance and must stay cheap when the app is busy; the answer, status and headers
 * are the same as the Fastify route's. Returns false for every other request.
 */
export function answerHealthProbe(probe: HealthProbe, request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'GET' || request.url !== endpoints.health.path) return false;
  const fresh = probe.fresh();
  if (fresh) {
    send(response, fresh);
    return true;
  }
  probe.current().then(
    (report) => send(response, report),
    () => response.writeHead(503, HEALTH_HEADERS).end('{"status":"degraded"}'),
  );
  return true;
}
