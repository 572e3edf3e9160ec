import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * Every rating of one outcome, packed (1765000000000-packed-answers, ADR 0006): character n of each string is the
 * respondent with slot n's (`0` none, `1`–`5`; sources `0` no rating, `s` survey, `w` workshop). The bitmaps, who
 * answered and who gave a top-two-box answer, are set from the strings by a trigger on every write, for the
 * opportunity counts (ADR 0005). `ratings` is a view of this table, one row per rating.
 */
@Entity('outcome_answers')
@Check(
  'outcome_answers_strings_check',
  `importance ~ '^[0-5]*$' AND satisfaction ~ '^[0-5]*$' AND sources ~ '^[0sw]*$' AND length(satisfaction) = length(importance) AND length(sources) = length(importance)`,
)
@Index('outcome_answers_project_idx', ['projectId'])
export class OutcomeAnswersEntity {
  @ForeignKey('outcomes', { name: 'outcome_answers_outcome_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'outcome_id', type: 'uuid', primaryKeyConstraintName: 'outcome_answers_pkey' })
  outcomeId: string;

  // The outcome's project (never changes): where a respondent's deletion blanks its slot.
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'text', default: '' })
  importance: string;

  @Column({ type: 'text', default: '' })
  satisfaction: string;

  @Column({ type: 'text', default: '' })
  sources: string;

  @Column({ name: 'importance_answered', type: 'varbit' })
  importanceAnswered: string;

  @Column({ name: 'importance_top', type: 'varbit' })
  importanceTop: string;

  @Column({ name: 'satisfaction_answered', type: 'varbit' })
  satisfactionAnswered: string;

  @Column({ name: 'satisfaction_top', type: 'varbit' })
  satisfactionTop: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
