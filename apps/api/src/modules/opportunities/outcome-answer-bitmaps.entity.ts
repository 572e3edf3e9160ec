import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * Who answered an outcome and who gave a top-two-box answer, as bit strings indexed by respondent slot, so the
 * opportunity counts of any set of respondents are bit counts (1764800000000-answer-bitmaps). Derived from
 * `ratings` by triggers; nothing else writes it. Bits of deleted respondents linger until the next rebuild,
 * so counts always mask by the respondents that exist.
 */
@Entity('outcome_answer_bitmaps')
export class OutcomeAnswerBitmapsEntity {
  @ForeignKey('outcomes', { name: 'outcome_answer_bitmaps_outcome_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'outcome_id', type: 'uuid', primaryKeyConstraintName: 'outcome_answer_bitmaps_pkey' })
  outcomeId: string;

  @Column({ name: 'importance_answered', type: 'varbit' })
  importanceAnswered: string;

  @Column({ name: 'importance_top', type: 'varbit' })
  importanceTop: string;

  @Column({ name: 'satisfaction_answered', type: 'varbit' })
  satisfactionAnswered: string;

  @Column({ name: 'satisfaction_top', type: 'varbit' })
  satisfactionTop: string;
}
