import type { TranscriptFormat, Utterance } from '@outcome-atlas/contracts';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@Entity('interviews')
@Unique('interviews_project_content_key', ['projectId', 'contentHash'])
@Check('interviews_format_check', `format IN ('txt', 'md', 'vtt', 'srt', 'docx')`)
// Sort-order and GIN indexes are declared in the migration, where their options can be spelled out.
@Index('interviews_project_created_idx', { synchronize: false })
@Index('interviews_search_idx', { synchronize: false })
@Index('interviews_project_persona_idx', ['projectId', 'personaId'])
export class InterviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'interviews_pkey' })
  id: string;

  @ForeignKey('projects', { name: 'interviews_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 8 })
  format: TranscriptFormat;

  @Column({ name: 'participant_pseudonym', type: 'varchar', length: 120, default: '' })
  participantPseudonym: string;

  @ForeignKey('personas', { name: 'interviews_persona_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'persona_id', type: 'uuid', nullable: true })
  personaId: string | null;

  @Column({ name: 'participant_attributes', type: 'jsonb', default: {} })
  participantAttributes: Record<string, string>;

  @Column({ type: 'varchar', length: 120, default: '' })
  interviewer: string;

  @Column({ name: 'interview_date', type: 'date', nullable: true })
  interviewDate: string | null;

  @Column({ type: 'varchar', length: 16, default: 'en' })
  language: string;

  @Column({ type: 'text' })
  transcript: string;

  @Column({ type: 'jsonb' })
  utterances: Utterance[];

  @Column({ name: 'utterance_count', type: 'integer' })
  utteranceCount: number;

  @Column({ name: 'word_count', type: 'integer' })
  wordCount: number;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('english'::regconfig, translate(coalesce(title, ''), '<>', '‹›')), 'A') || setweight(to_tsvector('english'::regconfig, translate(transcript, '<>', '‹›')), 'B')`,
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;

  @ForeignKey('users', { name: 'interviews_created_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
