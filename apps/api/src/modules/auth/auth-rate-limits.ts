import { endpoints } from '@outcome-atlas/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/config.schema.js';

const emailOf = (request: FastifyRequest): string => {
  const body = request.body as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
};

/**
 * Login is throttled per IP and email (so one attacker cannot lock everyone out),
 * registration per IP. Attached when routes are registered, from validated config.
 */
export function attachAuthRateLimits(fastify: FastifyInstance, config: AppConfig): void {
  fastify.addHook('onRoute', (route) => {
    if (route.method === 'POST' && route.url === endpoints.login.path) {
      route.config = {
        ...(route.config as object),
        rateLimit: { max: config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute', hook: 'preHandler', keyGenerator: (request: FastifyRequest) => `${request.ip}|${emailOf(request)}` },
      };
    }
    if (route.method === 'POST' && route.url === endpoints.register.path) {
      route.config = { ...(route.config as object), rateLimit: { max: config.REGISTER_RATE_LIMIT_PER_HOUR, timeWindow: '1 hour' } };
    }
  });
}
