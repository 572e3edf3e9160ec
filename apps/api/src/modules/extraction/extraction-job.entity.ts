import type { ExtractionJobStatus, ExtractionProvider } from '@outcome-atlas/contracts';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('extraction_jobs')
@Check('extraction_jobs_provider_check', `provider IN ('openai', 'offline')`)
@Check('extraction_jobs_status_check', `status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')`)
// Sort-order and partial indexes are declared in the migration, where their options can be spelled out.
@Index('extraction_jobs_project_created_idx', { synchronize: false })
@Index('extraction_jobs_interview_created_idx', { synchronize: false })
@Index('extraction_jobs_one_active_key', { synchronize: false })
export class ExtractionJobEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'extraction_jobs_pkey' })
  id: string;

  @ForeignKey('projects', { name: 'extraction_jobs_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ForeignKey('interviews', { name: 'extraction_jobs_interview_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'interview_id', type: 'uuid' })
  interviewId: string;

  @Column({ type: 'varchar', length: 16 })
  provider: ExtractionProvider;

  @Column({ type: 'varchar', length: 200 })
  model: string;

  @Column({ name: 'prompt_version', type: 'varchar', length: 40 })
  promptVersion: string;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status: ExtractionJobStatus;

  @Column({ name: 'chunks_total', type: 'integer', default: 0 })
  chunksTotal: number;

  @Column({ name: 'chunks_done', type: 'integer', default: 0 })
  chunksDone: number;

  @Column({ name: 'outcomes_created', type: 'integer', default: 0 })
  outcomesCreated: number;

  @Column({ name: 'duplicates_found', type: 'integer', default: 0 })
  duplicatesFound: number;

  @Column({ name: 'ungrounded_dropped', type: 'integer', default: 0 })
  ungroundedDropped: number;

  @Column({ name: 'prompt_tokens', type: 'integer', default: 0 })
  promptTokens: number;

  @Column({ name: 'completion_tokens', type: 'integer', default: 0 })
  completionTokens: number;

  @Column({ name: 'cost_estimate_usd', type: 'numeric', precision: 12, scale: 6, nullable: true })
  costEstimateUsd: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'error_code', type: 'varchar', length: 64, nullable: true })
  errorCode: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage: string | null;

  @ForeignKey('users', { name: 'extraction_jobs_requested_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
