import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A verbatim passage of an interview that supports an outcome; offsets are checked against the transcript. */
@Entity('outcome_evidence')
@Check('outcome_evidence_offsets_check', 'start_offset >= 0 AND end_offset > start_offset')
@Unique('outcome_evidence_outcome_span_key', ['outcomeId', 'interviewId', 'start', 'end'])
@Index('outcome_evidence_interview_start_idx', ['interviewId', 'start'])
export class OutcomeEvidenceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outcome_evidence_pkey' })
  id: string;

  @ForeignKey('outcomes', { name: 'outcome_evidence_outcome_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'outcome_id', type: 'uuid' })
  outcomeId: string;

  @ForeignKey('interviews', { name: 'outcome_evidence_interview_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'interview_id', type: 'uuid' })
  interviewId: string;

  @Column({ name: 'start_offset', type: 'integer' })
  start: number;

  @Column({ name: 'end_offset', type: 'integer' })
  end: number;

  @Column({ type: 'text' })
  quote: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
