import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { unauthenticated } from '../../common/app-error.js';
import { UUID_PATTERN } from '../../common/ids.js';
import { AuthService } from './auth.service.js';
import { IS_PUBLIC, SESSION_COOKIE } from './caller.js';

function credentialOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    return match[1];
  }
  return request.cookies?.[SESSION_COOKIE];
}

/** The project id the route names, when it is one, lower-cased as ParseIdPipe passes it on (a malformed one is the route's 404). */
function routeProjectIdOf(request: FastifyRequest): string | null {
  const projectId = (request.params as Record<string, string | undefined> | undefined)?.projectId;
  return projectId !== undefined && UUID_PATTERN.test(projectId) ? projectId.toLowerCase() : null;
}

/** Global guard: every route needs a session cookie or a bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const credential = credentialOf(request);
    if (!credential) throw unauthenticated();
    const caller = await this.auth.authenticate(credential, routeProjectIdOf(request));
    if (!caller) throw unauthenticated('The session or token is invalid, expired or revoked');
    request.caller = caller;
    return true;
  }
}
