import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import type { LoginRequest, LoginResponse, MeResponse, RegisterRequest, RegisterResponse, WorkspaceRole } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import { AppError, conflict } from '../../common/app-error.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { preparedStatement, queryPrepared } from '../../database/prepared-statement.js';
import { callerWorkspaces } from '../workspaces/caller-workspaces.js';
import { toUser, toWorkspace } from '../workspaces/workspace.mapper.js';
import { WorkspaceMemberEntity } from '../workspaces/workspace-member.entity.js';
import { WorkspaceEntity } from '../workspaces/workspace.entity.js';
import { API_TOKEN_PREFIX, SESSION_TOKEN_PREFIX, type Caller, type RouteProject } from './caller.js';
import { hashSecret, newSecret } from './secrets.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
// Verifying against this keeps "unknown email" as slow as "wrong password".
const DUMMY_HASH = await hash('outcome-atlas-timing-equaliser', ARGON2_OPTIONS);

export type IssuedSession = { token: string; expiresAt: Date };

// Sent on every authenticated request, so prepared (see prepared-statement.ts). Each also resolves the caller's
// membership of the project the route names, if any (null: none), saving the access check its own statement.
const API_TOKEN_CALLER = preparedStatement(`WITH token AS (
    SELECT t.id, t.user_id, t.workspace_id, t.scope, t.last_used_at FROM api_tokens t
    JOIN workspace_members m ON m.workspace_id = t.workspace_id AND m.user_id = t.user_id
    WHERE t.token_hash = $1 AND t.revoked_at IS NULL),
  touched AS (
    UPDATE api_tokens SET last_used_at = now() FROM token
    WHERE api_tokens.id = token.id AND (token.last_used_at IS NULL OR token.last_used_at < now() - interval '1 minute'))
  SELECT token.id, token.user_id, token.workspace_id, token.scope, p.workspace_id AS project_workspace_id, pm.role AS project_role
  FROM token
  LEFT JOIN projects p ON p.id = $2::uuid
  LEFT JOIN workspace_members pm ON pm.workspace_id = p.workspace_id AND pm.user_id = token.user_id`);

const SESSION_CALLER = preparedStatement(`WITH session AS (SELECT id, user_id, last_seen_at FROM sessions WHERE token_hash = $1 AND expires_at > now()),
  touched AS (
    UPDATE sessions SET last_seen_at = now(), expires_at = now() + make_interval(hours => $2) FROM session
    WHERE sessions.id = session.id AND session.last_seen_at < now() - interval '1 minute')
  SELECT session.id, session.user_id, p.workspace_id AS project_workspace_id, pm.role AS project_role
  FROM session
  LEFT JOIN projects p ON p.id = $3::uuid
  LEFT JOIN workspace_members pm ON pm.workspace_id = p.workspace_id AND pm.user_id = session.user_id`);

type RouteProjectColumns = { project_workspace_id: string | null; project_role: WorkspaceRole | null };

const routeProjectOf = (projectId: string | null, row: RouteProjectColumns): { routeProject?: RouteProject } =>
  projectId === null
    ? {}
    : { routeProject: { projectId, membership: row.project_workspace_id && row.project_role ? { workspaceId: row.project_workspace_id, role: row.project_role } : null } };

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  hashPassword(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async register(request: RegisterRequest): Promise<RegisterResponse & IssuedSession> {
    const passwordHash = await this.hashPassword(request.password);
    return this.db.transaction(async (manager) => {
      const existing = await manager.findOneBy(UserEntity, { email: request.email });
      if (existing) throw conflict('EMAIL_TAKEN', 'An account with this email already exists; log in instead');
      const user = await manager.save(manager.create(UserEntity, { email: request.email, name: request.name, passwordHash }));
      const workspace = await manager.save(manager.create(WorkspaceEntity, { name: `${request.name}'s workspace` }));
      await manager.insert(WorkspaceMemberEntity, { workspaceId: workspace.id, userId: user.id, role: 'owner' });
      const session = await this.issueSession(user.id, manager.getRepository(SessionEntity));
      return { user: toUser(user), workspace: toWorkspace(workspace, 'owner'), ...session };
    });
  }

  async login(request: LoginRequest): Promise<LoginResponse & IssuedSession> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ email: request.email });
    const valid = await verify(user?.passwordHash ?? DUMMY_HASH, request.password);
    if (!user || !valid) throw new AppError(401, 'INVALID_CREDENTIALS', 'Email or password is wrong');
    const session = await this.issueSession(user.id, this.db.getRepository(SessionEntity));
    return { user: toUser(user), ...session };
  }

  async logout(caller: Caller): Promise<void> {
    if (caller.via === 'session') await this.db.getRepository(SessionEntity).delete({ id: caller.sessionId });
  }

  async me(caller: Caller): Promise<MeResponse> {
    const user = await this.db.getRepository(UserEntity).findOneByOrFail({ id: caller.userId });
    return { user: toUser(user), workspaces: await callerWorkspaces(this.db, caller) };
  }

  /**
   * Resolves a session token or API token to a caller in one round trip; refreshes last-used stamps at most once a
   * minute. `routeProjectId` (a valid id the route names) is resolved in the same statement: see RouteProject.
   */
  async authenticate(secret: string, routeProjectId: string | null = null): Promise<Caller | null> {
    const tokenHash = hashSecret(secret);
    if (secret.startsWith(API_TOKEN_PREFIX)) {
      const [token] = await queryPrepared<{ id: string; user_id: string; workspace_id: string; scope: 'read' | 'write' } & RouteProjectColumns>(
        this.db,
        API_TOKEN_CALLER,
        [tokenHash, routeProjectId],
      );
      if (!token) return null;
      return { via: 'token', userId: token.user_id, tokenId: token.id, workspaceId: token.workspace_id, scope: token.scope, ...routeProjectOf(routeProjectId, token) };
    }
    if (!secret.startsWith(SESSION_TOKEN_PREFIX)) return null;
    const [session] = await queryPrepared<{ id: string; user_id: string } & RouteProjectColumns>(this.db, SESSION_CALLER, [
      tokenHash,
      this.config.SESSION_TTL_HOURS,
      routeProjectId,
    ]);
    return session ? { via: 'session', userId: session.user_id, sessionId: session.id, ...routeProjectOf(routeProjectId, session) } : null;
  }

  private async issueSession(userId: string, sessions: { insert(row: Partial<SessionEntity>): Promise<unknown> }): Promise<IssuedSession> {
    const token = newSecret(SESSION_TOKEN_PREFIX);
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000);
    await sessions.insert({ userId, tokenHash: hashSecret(token), expiresAt });
    return { token, expiresAt };
  }
}
