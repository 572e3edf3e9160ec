import type { WorkspaceRole } from '@outcome-atlas/contracts';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

@Entity('workspace_members')
@Check('workspace_members_role_check', `role IN ('owner', 'researcher', 'viewer')`)
export class WorkspaceMemberEntity {
  @ForeignKey('workspaces', { name: 'workspace_members_workspace_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid', primaryKeyConstraintName: 'workspace_members_pkey' })
  workspaceId: string;

  @Index('workspace_members_user_id_idx')
  @ForeignKey('users', { name: 'workspace_members_user_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'workspace_members_pkey' })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  role: WorkspaceRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
