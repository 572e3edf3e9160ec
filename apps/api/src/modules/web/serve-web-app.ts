import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ErrorBody } from '@outcome-atlas/contracts';
import type { Logger } from 'pino';
import type { AppConfig } from '../../config/config.schema.js';

const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../web/dist');

/**
 * Serves the built web app on the API's port: hashed assets cached forever, and
 * index.html for every other non-API GET so deep links work.
 */
export async function serveWebApp(app: NestFastifyApplication, config: AppConfig, logger: Logger): Promise<void> {
  const root = path.resolve(config.WEB_DIST_DIR ?? DEFAULT_WEB_DIST);
  const fastify = app.getHttpAdapter().getInstance();
  const hasWeb = existsSync(path.join(root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    logger.warn({ root }, 'The web app is not built; run `npm start` (it builds it) or `npm run build`');
  }
  fastify.get('/*', async (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api' || !hasWeb) {
      const body: ErrorBody = { error: { code: 'NOT_FOUND', message: 'No such route', requestId: String(request.id) } };
      return reply.status(404).send(body);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
