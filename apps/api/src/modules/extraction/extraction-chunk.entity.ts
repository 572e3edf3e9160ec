import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** One chunk's validated model answer, kept so a resumed job skips chunks it already paid for. */
@Entity('extraction_chunks')
export class ExtractionChunkEntity {
  @ForeignKey('extraction_jobs', { name: 'extraction_chunks_job_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'job_id', type: 'uuid', primaryKeyConstraintName: 'extraction_chunks_pkey' })
  jobId: string;

  @PrimaryColumn({ name: 'chunk_index', type: 'integer', primaryKeyConstraintName: 'extraction_chunks_pkey' })
  chunkIndex: number;

  @Column({ name: 'start_offset', type: 'integer' })
  start: number;

  @Column({ name: 'end_offset', type: 'integer' })
  end: number;

  @Column({ type: 'jsonb' })
  candidates: unknown;

  @Column({ name: 'prompt_tokens', type: 'integer', default: 0 })
  promptTokens: number;

  @Column({ name: 'completion_tokens', type: 'integer', default: 0 })
  completionTokens: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
