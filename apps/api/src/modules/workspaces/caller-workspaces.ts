import type { Workspace, WorkspaceRole } from '@outcome-atlas/contracts';
import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { toWorkspace } from './workspace.mapper.js';

/** The workspaces a caller belongs to, with their role; an API token sees only its own workspace. */
export async function callerWorkspaces(db: DataSource, caller: Caller): Promise<Workspace[]> {
  const rows: { id: string; name: string; created_at: Date; role: WorkspaceRole }[] = await db.query(
    `SELECT w.id, w.name, w.created_at, m.role FROM workspaces w JOIN workspace_members m ON m.workspace_id = w.id
     WHERE m.user_id = $1 AND ($2::uuid IS NULL OR w.id = $2) ORDER BY w.created_at, w.id`,
    [caller.userId, caller.via === 'token' ? caller.workspaceId : null],
  );
  return rows.map((row) => toWorkspace({ id: row.id, name: row.name, createdAt: row.created_at }, row.role));
}
