import type { RatingSource } from '@outcome-atlas/contracts';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * One respondent's importance and satisfaction answers (1–5, either may be missing) for one outcome.
 * Declared in migrations, beyond what TypeORM can express (see 1764500000000-ratings-bulk-writes):
 * - the primary key covers the answers, `(outcome_id, respondent_id) INCLUDE (importance, satisfaction)`,
 *   for index-only opportunity aggregates (TypeORM reads only the key columns of a primary key);
 * - outcome_id and respondent_id have no foreign keys: writers check and KEY SHARE lock the outcomes and
 *   respondents set-based, and statement-level triggers on outcomes and respondents delete their ratings.
 */
@Entity('ratings')
@Check('ratings_importance_check', 'importance BETWEEN 1 AND 5')
@Check('ratings_satisfaction_check', 'satisfaction BETWEEN 1 AND 5')
@Check('ratings_answered_check', 'importance IS NOT NULL OR satisfaction IS NOT NULL')
@Check('ratings_source_check', `source IN ('workshop', 'survey')`)
@Index('ratings_respondent_idx', ['respondentId'])
export class RatingEntity {
  @PrimaryColumn({ name: 'outcome_id', type: 'uuid', primaryKeyConstraintName: 'ratings_pkey' })
  outcomeId: string;

  @PrimaryColumn({ name: 'respondent_id', type: 'uuid', primaryKeyConstraintName: 'ratings_pkey' })
  respondentId: string;

  // Denormalised (the outcome's project); not indexed, nothing reads ratings by project.
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'smallint', nullable: true })
  importance: number | null;

  @Column({ type: 'smallint', nullable: true })
  satisfaction: number | null;

  @Column({ type: 'varchar', length: 16 })
  source: RatingSource;

  @ForeignKey('users', { name: 'ratings_updated_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
