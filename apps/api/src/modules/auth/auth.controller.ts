import { Controller, Inject, Res } from '@nestjs/common';
import { endpoints, type LoginRequest, type RegisterRequest } from '@outcome-atlas/contracts';
import type { FastifyReply } from 'fastify';
import { Route, ValidBody } from '../../common/route.decorator.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { AuthService, type IssuedSession } from './auth.service.js';
import { CurrentCaller, SESSION_COOKIE, type Caller } from './caller.js';

@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Route(endpoints.register)
  async register(@ValidBody(endpoints.register) body: RegisterRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { expiresAt, ...result } = await this.auth.register(body);
    this.setSessionCookie(reply, { token: result.token, expiresAt });
    return result;
  }

  @Route(endpoints.login)
  async login(@ValidBody(endpoints.login) body: LoginRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { expiresAt, ...result } = await this.auth.login(body);
    this.setSessionCookie(reply, { token: result.token, expiresAt });
    return result;
  }

  @Route(endpoints.logout)
  async logout(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.logout(caller);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Route(endpoints.me)
  me(@CurrentCaller() caller: Caller) {
    return this.auth.me(caller);
  }

  private setSessionCookie(reply: FastifyReply, session: IssuedSession) {
    reply.setCookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.COOKIE_SECURE,
      path: '/',
      expires: session.expiresAt,
    });
  }
}
