import type { OutcomeHistoryAction } from '@outcome-atlas/contracts';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change to an outcome: who, when, what (field → from/to), and the extraction job if one made it. */
@Entity('outcome_history')
@Check('outcome_history_action_check', `action IN ('created', 'updated', 'status_changed', 'merged_into', 'merged_from', 'unmerged')`)
// A descending index is declared in the migration, where its sort order can be spelled out.
@Index('outcome_history_outcome_created_idx', { synchronize: false })
export class OutcomeHistoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outcome_history_pkey' })
  id: string;

  @ForeignKey('outcomes', { name: 'outcome_history_outcome_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'outcome_id', type: 'uuid' })
  outcomeId: string;

  /** A copy of the outcome's project, without a foreign key: the row goes with its outcome. */
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ForeignKey('users', { name: 'outcome_history_actor_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 32 })
  action: OutcomeHistoryAction;

  @Column({ type: 'jsonb' })
  changes: Record<string, { from: unknown; to: unknown }>;

  @ForeignKey('extraction_jobs', { name: 'outcome_history_extraction_job_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'extraction_job_id', type: 'uuid', nullable: true })
  extractionJobId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
