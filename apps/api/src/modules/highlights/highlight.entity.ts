import { Check, Column, CreateDateColumn, Entity, Exclusion, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('highlights')
@Check('highlights_offsets_check', 'start_offset >= 0 AND end_offset > start_offset')
// Two highlights of one interview never overlap; the database guarantees it even under concurrent writes.
@Exclusion('highlights_no_overlap', 'USING gist (interview_id WITH =, int4range(start_offset, end_offset) WITH &&)')
@Index('highlights_interview_start_idx', ['interviewId', 'start'])
export class HighlightEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'highlights_pkey' })
  id: string;

  @ForeignKey('interviews', { name: 'highlights_interview_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'interview_id', type: 'uuid' })
  interviewId: string;

  @Column({ name: 'start_offset', type: 'integer' })
  start: number;

  @Column({ name: 'end_offset', type: 'integer' })
  end: number;

  @Column({ type: 'text' })
  quote: string;

  @Column({ type: 'text', default: '' })
  note: string;

  @ForeignKey('users', { name: 'highlights_created_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
