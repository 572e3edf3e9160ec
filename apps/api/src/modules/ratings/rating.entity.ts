import type { RatingSource } from '@outcome-atlas/contracts';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** One respondent's importance and satisfaction answers (1–5, either may be missing) for one outcome. */
@Entity('ratings')
@Check('ratings_importance_check', 'importance BETWEEN 1 AND 5')
@Check('ratings_satisfaction_check', 'satisfaction BETWEEN 1 AND 5')
@Check('ratings_answered_check', 'importance IS NOT NULL OR satisfaction IS NOT NULL')
@Check('ratings_source_check', `source IN ('workshop', 'survey')`)
@Index('ratings_respondent_idx', ['respondentId'])
@Index('ratings_project_idx', ['projectId'])
// Covering (INCLUDE) index for the opportunity aggregates, declared in its migration: TypeORM cannot express INCLUDE.
@Index('ratings_outcome_answers_idx', { synchronize: false })
export class RatingEntity {
  @ForeignKey('outcomes', { name: 'ratings_outcome_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'outcome_id', type: 'uuid', primaryKeyConstraintName: 'ratings_pkey' })
  outcomeId: string;

  @ForeignKey('respondents', { name: 'ratings_respondent_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'respondent_id', type: 'uuid', primaryKeyConstraintName: 'ratings_pkey' })
  respondentId: string;

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
