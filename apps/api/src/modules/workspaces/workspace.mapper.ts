import type { Member, User, Workspace, WorkspaceRole } from '@outcome-atlas/contracts';
import { iso } from '../../common/iso.js';


export const toUser = (user: { id: string; email: string; name: string; createdAt: Date }): User => ({
  id: user.id,
  email: user.email,
  name: user.name,
  createdAt: iso(user.createdAt),
});

export const toWorkspace = (workspace: { id: string; name: string; createdAt: Date }, role: WorkspaceRole): Workspace => ({
  id: workspace.id,
  name: workspace.name,
  role,
  createdAt: iso(workspace.createdAt),
});

export type MemberRow = { user_id: string; email: string; name: string; role: WorkspaceRole; created_at: Date; cursor_at: string };

export const toMember = (row: MemberRow): Member => ({ userId: row.user_id, email: row.email, name: row.name, role: row.role, joinedAt: iso(row.created_at) });
