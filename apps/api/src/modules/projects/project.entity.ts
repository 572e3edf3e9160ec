import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('projects')
@Index('projects_workspace_created_idx', ['workspaceId', 'createdAt', 'id'])
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'projects_pkey' })
  id: string;

  @ForeignKey('workspaces', { name: 'projects_workspace_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId: string;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'job_statement', type: 'varchar', length: 500, default: '' })
  jobStatement: string;

  /** Model for AI extraction in this project; null uses OPENAI_MODEL. */
  @Column({ name: 'extraction_model', type: 'varchar', length: 200, nullable: true })
  extractionModel: string | null;

  /** Redact emails, phone numbers, URLs and speaker names before transcript text leaves the server. */
  @Column({ name: 'redact_pii', type: 'boolean', default: false })
  redactPii: boolean;

  /** Next short outcome key ("O-12"), handed out in the same transaction that inserts outcomes. */
  @Column({ name: 'next_outcome_key', type: 'integer', default: 1 })
  nextOutcomeKey: number;

  /** Respondent slots handed out so far (respondents.slot), deleted respondents' included; only triggers write it. */
  @Column({ name: 'respondent_slots', type: 'integer', default: 0, insert: false, update: false })
  respondentSlots: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
