import type { LintIssue } from '@outcome-atlas/domain';
import type { ExtractionProvider, OutcomeSource, OutcomeStatus } from '@outcome-atlas/contracts';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@Entity('outcomes')
@Check('outcomes_status_check', `status IN ('proposed', 'accepted', 'rejected', 'merged')`)
@Check('outcomes_source_check', `source IN ('extraction', 'manual')`)
@Check('outcomes_merged_into_check', `merged_into_id IS NULL OR (status = 'merged' AND merged_into_id <> id)`)
@Unique('outcomes_project_key_key', ['projectId', 'key'])
@Index('outcomes_project_status_idx', ['projectId', 'status', 'key'])
@Index('outcomes_job_step_idx', ['jobStepId'])
@Index('outcomes_project_updated_idx', ['projectId', 'updatedAt', 'key'])
@Index('outcomes_merged_into_idx', ['mergedIntoId'])
// Partial and trigram indexes are declared in the migration, where their options can be spelled out.
@Index('outcomes_extraction_fingerprint_key', { synchronize: false })
@Index('outcomes_normalized_trgm_idx', { synchronize: false })
export class OutcomeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outcomes_pkey' })
  id: string;

  @ForeignKey('projects', { name: 'outcomes_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  /** Short per-project number, shown as "O-12" and used to key survey columns. */
  @Column({ type: 'integer' })
  key: number;

  @Column({ type: 'varchar', length: 500 })
  statement: string;

  @Column({ name: 'normalized_statement', type: 'varchar', length: 500 })
  normalizedStatement: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  direction: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  metric: string | null;

  @Column({ name: 'object_of_control', type: 'varchar', length: 500, nullable: true })
  objectOfControl: string | null;

  @Column({ name: 'contextual_clarifier', type: 'varchar', length: 500, nullable: true })
  contextualClarifier: string | null;

  @ForeignKey('job_steps', { name: 'outcomes_job_step_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'job_step_id', type: 'uuid', nullable: true })
  jobStepId: string | null;

  @Column({ type: 'varchar', length: 16, default: 'proposed' })
  status: OutcomeStatus;

  @Column({ type: 'real', nullable: true })
  confidence: number | null;

  @Column({ name: 'lint_issues', type: 'jsonb', default: [] })
  lintIssues: LintIssue[];

  @Column({ type: 'varchar', length: 16 })
  source: OutcomeSource;

  @Column({ type: 'varchar', length: 16, nullable: true })
  provider: ExtractionProvider | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  model: string | null;

  @Column({ name: 'prompt_version', type: 'varchar', length: 40, nullable: true })
  promptVersion: string | null;

  @ForeignKey('extraction_jobs', { name: 'outcomes_extraction_job_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'extraction_job_id', type: 'uuid', nullable: true })
  extractionJobId: string | null;

  @ForeignKey('interviews', { name: 'outcomes_source_interview_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'source_interview_id', type: 'uuid', nullable: true })
  sourceInterviewId: string | null;

  @Column({ name: 'extraction_fingerprint', type: 'char', length: 64, nullable: true })
  extractionFingerprint: string | null;

  @ForeignKey('outcomes', { name: 'outcomes_possible_duplicate_of_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'possible_duplicate_of', type: 'uuid', nullable: true })
  possibleDuplicateOf: string | null;

  @Column({ name: 'duplicate_similarity', type: 'real', nullable: true })
  duplicateSimilarity: number | null;

  /** Set while the outcome is merged into another (status 'merged'); null again after the merge is undone. */
  @ForeignKey('outcomes', { name: 'outcomes_merged_into_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @ForeignKey('users', { name: 'outcomes_created_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
