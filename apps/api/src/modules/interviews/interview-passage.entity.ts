import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** An utterance-sized slice of a transcript, indexed for search snippets. */
@Entity('interview_passages')
export class InterviewPassageEntity {
  @ForeignKey('interviews', { name: 'interview_passages_interview_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'interview_id', type: 'uuid', primaryKeyConstraintName: 'interview_passages_pkey' })
  interviewId: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'interview_passages_pkey' })
  position: number;

  @Column({ name: 'start_offset', type: 'integer' })
  start: number;

  @Column({ type: 'text' })
  text: string;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `to_tsvector('english'::regconfig, translate(text, '<>', '‹›'))`,
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;
}
