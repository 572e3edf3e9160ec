import type { EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import type { Access } from '../workspaces/access.service.js';
import { kpiNotFound, kpiNotInProject, outcomesMerged, outcomesNotFound, outcomesNotInProject } from './solutions.errors.js';

type ReferenceRow = { id: string; project_id: string; workspace_id: string; member: boolean; status: string | null };

/** Where a solution lives, and who is writing it. */
export type SolutionScope = { caller: Caller; access: Pick<Access, 'projectId' | 'workspaceId'> };

/**
 * What AccessService.resource would say about each id, for a whole set in one statement: the caller sees
 * a row when they are a member of its workspace and, with an API token, only in the token's workspace.
 */
const isVisible = (caller: Caller, row: ReferenceRow | undefined): row is ReferenceRow =>
  row !== undefined && row.member && (caller.via !== 'token' || caller.workspaceId === row.workspace_id);

const referenceSql = (table: 'outcomes' | 'kpis', status: string) =>
  `SELECT r.id, r.project_id, ${status} AS status, p.workspace_id,
     EXISTS (SELECT 1 FROM workspace_members m WHERE m.workspace_id = p.workspace_id AND m.user_id = $2) AS member
   FROM ${table} r JOIN projects p ON p.id = r.project_id
   WHERE r.id = ANY($1::uuid[]) FOR KEY SHARE OF r`;

/**
 * The outcomes a solution targets: ids the caller cannot see (unknown, another workspace) answer 404,
 * visible ids of another project 422 OUTCOME_NOT_IN_PROJECT, merged outcomes 422 OUTCOME_MERGED; every
 * offending id is listed. The rows stay locked against deletion (FOR KEY SHARE) until the caller's
 * transaction has inserted the links.
 */
export async function assertTargetableOutcomes(manager: EntityManager, scope: SolutionScope, outcomeIds: readonly string[]): Promise<void> {
  const ids = [...new Set(outcomeIds)];
  if (ids.length === 0) return;
  const rows: ReferenceRow[] = await manager.query(referenceSql('outcomes', 'r.status'), [ids, scope.caller.userId]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hidden = ids.filter((id) => !isVisible(scope.caller, byId.get(id)));
  if (hidden.length > 0) throw outcomesNotFound(hidden);
  const elsewhere = ids.filter((id) => byId.get(id)?.project_id !== scope.access.projectId);
  if (elsewhere.length > 0) throw outcomesNotInProject(elsewhere);
  const merged = ids.filter((id) => byId.get(id)?.status === 'merged');
  if (merged.length > 0) throw outcomesMerged(merged);
}

/** The expected KPI: 404 when the caller cannot see it, 422 KPI_NOT_IN_PROJECT when it measures another project; locked like the outcomes. */
export async function assertExpectableKpi(manager: EntityManager, scope: SolutionScope, kpiId: string): Promise<void> {
  const rows: ReferenceRow[] = await manager.query(referenceSql('kpis', 'NULL::varchar'), [[kpiId], scope.caller.userId]);
  const kpi = rows[0];
  if (!isVisible(scope.caller, kpi)) throw kpiNotFound();
  if (kpi.project_id !== scope.access.projectId) throw kpiNotInProject(kpiId);
}
