import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AddMemberRequest, CreateWorkspaceRequest, Member, Page, PageQuery, Workspace, WorkspaceRole } from '@outcome-atlas/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, conflict, forbidden, notFound, unprocessable } from '../../common/app-error.js';
import { decodeCursor, isTimeIdCursor, toPage } from '../../common/cursor.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from './access.service.js';
import { callerWorkspaces } from './caller-workspaces.js';
import { WorkspaceMemberEntity } from './workspace-member.entity.js';
import { WorkspaceEntity } from './workspace.entity.js';
import { toMember, toWorkspace, type MemberRow } from './workspace.mapper.js';

// created_at as text keeps microseconds, so keyset cursors never repeat or skip a row.
const MEMBER_COLUMNS = 'm.user_id, u.email, u.name, m.role, m.created_at, m.created_at::text AS cursor_at';

@Injectable()
export class WorkspacesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(caller: Caller): Promise<{ items: Workspace[] }> {
    return { items: await callerWorkspaces(this.db, caller) };
  }

  async create(caller: Caller, request: CreateWorkspaceRequest): Promise<Workspace> {
    if (caller.via === 'token') throw forbidden('API tokens are bound to one workspace and cannot create workspaces');
    return this.db.transaction(async (manager) => {
      const workspace = await manager.save(manager.create(WorkspaceEntity, { name: request.name }));
      await manager.insert(WorkspaceMemberEntity, { workspaceId: workspace.id, userId: caller.userId, role: 'owner' });
      return toWorkspace(workspace, 'owner');
    });
  }

  async listMembers(caller: Caller, workspaceId: string, page: PageQuery): Promise<Page<Member>> {
    await this.access.workspace(caller, workspaceId, 'read');
    const after = decodeCursor(page.cursor, isTimeIdCursor);
    const rows: MemberRow[] = await this.db.query(
      `SELECT ${MEMBER_COLUMNS} FROM workspace_members m JOIN users u ON u.id = m.user_id
       WHERE m.workspace_id = $1 AND ($2::timestamptz IS NULL OR (m.created_at, m.user_id) > ($2, $3::uuid))
       ORDER BY m.created_at, m.user_id LIMIT $4`,
      [workspaceId, after?.t ?? null, after?.id ?? null, page.limit + 1],
    );
    return toPage(rows, page.limit, toMember, (row) => ({ t: row.cursor_at, id: row.user_id }));
  }

  async addMember(caller: Caller, workspaceId: string, request: AddMemberRequest): Promise<Member> {
    await this.access.workspace(caller, workspaceId, 'manage');
    const users: { id: string }[] = await this.db.query('SELECT id FROM users WHERE email = $1', [request.email]);
    const user = users[0];
    if (!user) throw unprocessable('USER_NOT_FOUND', `No account uses ${request.email}; ask them to register first`);
    const inserted: unknown[] = await this.db.query(
      `INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
      [workspaceId, user.id, request.role],
    );
    if (inserted.length === 0) throw conflict('ALREADY_MEMBER', `${request.email} is already a member of this workspace`);
    return this.member(this.db.manager, workspaceId, user.id);
  }

  async updateMember(caller: Caller, workspaceId: string, userId: string, role: WorkspaceRole): Promise<Member> {
    await this.access.workspace(caller, workspaceId, 'manage');
    return this.db.transaction(async (manager) => {
      const current = await this.lockMembers(manager, workspaceId);
      const member = current.find((row) => row.user_id === userId);
      if (!member) throw notFound('member');
      if (member.role === 'owner' && role !== 'owner') this.keepAnOwner(current, userId);
      await manager.query('UPDATE workspace_members SET role = $3 WHERE workspace_id = $1 AND user_id = $2', [workspaceId, userId, role]);
      return this.member(manager, workspaceId, userId);
    });
  }

  async removeMember(caller: Caller, workspaceId: string, userId: string): Promise<void> {
    // Anyone may leave; removing someone else is for owners.
    await this.access.workspace(caller, workspaceId, userId === caller.userId ? 'leave' : 'manage');
    await this.db.transaction(async (manager) => {
      const current = await this.lockMembers(manager, workspaceId);
      const member = current.find((row) => row.user_id === userId);
      if (!member) throw notFound('member');
      if (member.role === 'owner') this.keepAnOwner(current, userId);
      await manager.query('DELETE FROM workspace_members WHERE workspace_id = $1 AND user_id = $2', [workspaceId, userId]);
      await manager.query('UPDATE api_tokens SET revoked_at = now() WHERE workspace_id = $1 AND user_id = $2 AND revoked_at IS NULL', [workspaceId, userId]);
    });
  }

  private lockMembers(manager: EntityManager, workspaceId: string): Promise<{ user_id: string; role: WorkspaceRole }[]> {
    return manager.query('SELECT user_id, role FROM workspace_members WHERE workspace_id = $1 FOR UPDATE', [workspaceId]);
  }

  private keepAnOwner(members: { user_id: string; role: WorkspaceRole }[], leavingOwnerId: string): void {
    if (!members.some((row) => row.role === 'owner' && row.user_id !== leavingOwnerId)) {
      throw new AppError(409, 'LAST_OWNER', 'A workspace needs at least one owner; make someone else owner first');
    }
  }

  private async member(manager: EntityManager, workspaceId: string, userId: string): Promise<Member> {
    const rows: MemberRow[] = await manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM workspace_members m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1 AND m.user_id = $2`,
      [workspaceId, userId],
    );
    if (!rows[0]) throw notFound('member');
    return toMember(rows[0]);
  }
}
