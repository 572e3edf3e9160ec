import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { GlobalExceptionFilter } from './common/global-exception.filter.js';
import { createLogger, PinoNestLogger } from './common/logger.js';
import { addSecurityHeaders } from './common/security-headers.js';
import type { AppConfig } from './config/config.schema.js';
import type { DatabaseInfo } from './database/database-info.js';
import { attachAuthRateLimits } from './modules/auth/auth-rate-limits.js';
import { ExtractionQueue } from './modules/extraction/extraction-queue.service.js';
import { HealthProbe } from './modules/health/health-probe.js';
import { answerHealthProbe, registerHealthRoute } from './modules/health/health.route.js';
import { buildOpenApiDocument } from './modules/openapi/openapi-document.js';
import { registerCsvBodyParser } from './modules/ratings/csv-upload.js';
import { serveWebApp } from './modules/web/serve-web-app.js';

/** Unique per process (random prefix) and cheap (a counter); a caller's x-request-id wins. */
function requestIds(): () => string {
  const prefix = randomUUID().slice(0, 8);
  let counter = 0;
  return () => `${prefix}-${(counter++).toString(36)}`;
}

export type CreatedApp = { app: NestFastifyApplication; logger: Logger; routes: { method: string; url: string }[] };

/** Builds the whole HTTP application (used by main.ts, the integration tests and the benchmarks). */
export async function createApp(config: AppConfig, database: DatabaseInfo): Promise<CreatedApp> {
  const logger = createLogger(config.LOG_LEVEL);
  let probe: HealthProbe | null = null;
  const adapter = new FastifyAdapter({
    // Health probes are answered before the request pipeline (see answerHealthProbe); the rest goes to Fastify.
    serverFactory: (handler: RequestListener) => createServer((request, response) => (probe && answerHealthProbe(probe, request, response)) || handler(request, response)),
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: config.LOG_LEVEL !== 'debug' && config.LOG_LEVEL !== 'trace' }),
    genReqId: requestIds(),
    requestIdHeader: 'x-request-id',
    // JSON bodies carry transcripts as text; uploads have their own limit in multipart.
    bodyLimit: config.MAX_UPLOAD_BYTES + 64 * 1024,
    trustProxy: true,
    // No Nest middleware is used, so its middie layer would only add a hook to every request.
    skipMiddie: true,
  });
  const routes: CreatedApp['routes'] = [];
  adapter.getInstance().addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, database), adapter, {
    logger: new PinoNestLogger(logger),
  });
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyCookie);
  addSecurityHeaders(fastify);
  // Must run before the rate-limit plugin's own onRoute hook reads route.config.
  attachAuthRateLimits(fastify, config);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: config.MAX_UPLOAD_BYTES, files: 1, fields: 4, fieldSize: 64 * 1024 } });
  registerCsvBodyParser(fastify);
  app.useGlobalFilters(new GlobalExceptionFilter());

  const document = buildOpenApiDocument(process.env.npm_package_version ?? '0.1.0');
  fastify.get('/api/openapi.json', async () => document);
  SwaggerModule.setup('api/docs', app, document as never, { raw: false, customSiteTitle: 'Outcome Atlas API' });
  const queue = app.get(ExtractionQueue);
  probe = new HealthProbe(app.get(DataSource), database, () => queue.status());
  registerHealthRoute(fastify, probe);
  await serveWebApp(app, config, logger);
  await app.init();
  return { app, logger, routes };
}
