import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { ApiTokenScope, WorkspaceRole } from '@outcome-atlas/contracts';
import type { FastifyRequest } from 'fastify';

/**
 * The caller's membership of the project a route names (`:projectId`), looked up in the same statement as the
 * credential: AccessService answers checks on that project from it instead of asking PostgreSQL again.
 * `membership` is null when the project is unknown or in a workspace the caller is not a member of.
 */
export type RouteProject = { projectId: string; membership: { workspaceId: string; role: WorkspaceRole } | null };

/** Who is calling: a logged-in user (session) or a script with a personal API token bound to one workspace. */
export type Caller = (
  | { via: 'session'; userId: string; sessionId: string }
  | { via: 'token'; userId: string; tokenId: string; workspaceId: string; scope: ApiTokenScope }
) & { routeProject?: RouteProject };

declare module 'fastify' {
  // Module augmentation needs an interface (declaration merging).
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    caller?: Caller;
  }
}

export const IS_PUBLIC = 'outcome-atlas:public';
/** Marks a route that needs no credentials. Every other route requires a caller. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<FastifyRequest>().caller;
  if (!caller) throw new Error('CurrentCaller used on a public route');
  return caller;
});

export const SESSION_COOKIE = 'oa_session';
export const SESSION_TOKEN_PREFIX = 'oas_';
export const API_TOKEN_PREFIX = 'oat_';
