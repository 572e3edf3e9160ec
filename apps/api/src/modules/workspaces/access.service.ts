import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WorkspaceRole } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import { AppError, forbidden, notFound } from '../../common/app-error.js';
import { preparedStatement, queryPrepared, type PreparedStatement } from '../../database/prepared-statement.js';
import type { Caller } from '../auth/caller.js';

/** read: any member; write: research data (owner, researcher); manage: members and settings (owner); leave: any member, changing their own membership. */
export type Need = 'read' | 'write' | 'manage' | 'leave';

export type Access = { workspaceId: string; projectId: string; role: WorkspaceRole };

const ALLOWED: Record<Need, readonly WorkspaceRole[]> = {
  read: ['owner', 'researcher', 'viewer'],
  write: ['owner', 'researcher'],
  manage: ['owner'],
  leave: ['owner', 'researcher', 'viewer'],
};

// How to reach the owning project and workspace from each kind of id, in one statement.
const RESOURCE_SQL = {
  project: { what: 'project', from: 'projects p', where: 'p.id = $1' },
  interview: { what: 'interview', from: 'interviews r JOIN projects p ON p.id = r.project_id', where: 'r.id = $1' },
  tag: { what: 'tag', from: 'tags r JOIN projects p ON p.id = r.project_id', where: 'r.id = $1' },
  jobStep: { what: 'job step', from: 'job_steps r JOIN projects p ON p.id = r.project_id', where: 'r.id = $1' },
  extractionJob: { what: 'extraction job', from: 'extraction_jobs r JOIN projects p ON p.id = r.project_id', where: 'r.id = $1' },
  outcome: { what: 'outcome', from: 'outcomes r JOIN projects p ON p.id = r.project_id', where: 'r.id = $1' },
  highlight: { what: 'highlight', from: 'highlights r JOIN interviews i ON i.id = r.interview_id JOIN projects p ON p.id = i.project_id', where: 'r.id = $1' },
  journey: { what: 'journey', from: 'journeys r JOIN projects p ON p.id = r.project_id', where: 'r.id = $1' },
  stage: { what: 'stage', from: 'journey_stages r JOIN journeys j ON j.id = r.journey_id JOIN projects p ON p.id = j.project_id', where: 'r.id = $1' },
  touchpoint: { what: 'touchpoint', from: 'touchpoints r JOIN journeys j ON j.id = r.journey_id JOIN projects p ON p.id = j.project_id', where: 'r.id = $1' },
  kpi: { what: 'KPI', from: 'kpis r JOIN projects p ON p.id = r.project_id', where: 'r.id = $1' },
  kpiMeasurement: { what: 'measurement', from: 'kpi_measurements r JOIN kpis k ON k.id = r.kpi_id JOIN projects p ON p.id = k.project_id', where: 'r.id = $1' },
  solution: { what: 'solution', from: 'solutions r JOIN projects p ON p.id = r.project_id', where: 'r.id = $1' },
} as const;

export type ResourceKind = keyof typeof RESOURCE_SQL;

// Every request checks access with one of these, so each kind's statement is prepared (see prepared-statement.ts).
const RESOURCE_ACCESS = Object.fromEntries(
  Object.entries(RESOURCE_SQL).map(([kind, { from, where }]) => [
    kind,
    preparedStatement(`SELECT p.id AS project_id, p.workspace_id, m.role FROM ${from}
      JOIN workspace_members m ON m.workspace_id = p.workspace_id AND m.user_id = $2
      WHERE ${where}`),
  ]),
) as Record<ResourceKind, PreparedStatement>;

const WORKSPACE_ROLE = preparedStatement('SELECT role FROM workspace_members WHERE workspace_id = $1 AND user_id = $2');

/**
 * Tenancy in one place: every id is resolved together with the caller's membership,
 * so an id from a workspace the caller is not in is indistinguishable from an unknown one (404).
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async workspace(caller: Caller, workspaceId: string, need: Need): Promise<{ workspaceId: string; role: WorkspaceRole }> {
    const rows = await queryPrepared<{ role: WorkspaceRole }>(this.db, WORKSPACE_ROLE, [workspaceId, caller.userId]);
    const role = this.visibleRole(caller, workspaceId, rows[0]?.role, 'workspace');
    this.check(caller, role, need);
    return { workspaceId, role };
  }

  async resource(caller: Caller, kind: ResourceKind, id: string, need: Need): Promise<Access> {
    const resolved = kind === 'project' && caller.routeProject?.projectId === id ? caller.routeProject : null;
    const row = resolved
      ? resolved.membership && { project_id: id, workspace_id: resolved.membership.workspaceId, role: resolved.membership.role }
      : (await queryPrepared<{ project_id: string; workspace_id: string; role: WorkspaceRole }>(this.db, RESOURCE_ACCESS[kind], [id, caller.userId]))[0];
    const role = this.visibleRole(caller, row?.workspace_id, row?.role, RESOURCE_SQL[kind].what);
    this.check(caller, role, need);
    return { workspaceId: row!.workspace_id, projectId: row!.project_id, role };
  }

  private visibleRole(caller: Caller, workspaceId: string | undefined, role: WorkspaceRole | undefined, what: string): WorkspaceRole {
    // An API token only sees the workspace it was issued for.
    if (!role || !workspaceId || (caller.via === 'token' && caller.workspaceId !== workspaceId)) throw notFound(what);
    return role;
  }

  private check(caller: Caller, role: WorkspaceRole, need: Need): void {
    if (need !== 'read' && caller.via === 'token' && caller.scope === 'read') {
      throw new AppError(403, 'TOKEN_READ_ONLY', 'This API token has the read scope; create a write token for changes');
    }
    if (!ALLOWED[need].includes(role)) {
      throw forbidden(need === 'manage' ? 'Only workspace owners can do this' : 'Viewers can read but not change research data');
    }
  }
}

@Global()
@Module({ providers: [AccessService], exports: [AccessService] })
export class AccessModule {}
