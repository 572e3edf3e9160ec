import type { OutcomeStatus } from '@outcome-atlas/contracts';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One merge of an outcome into another, kept after it is undone. `movedEvidenceIds` lists exactly the
 * evidence rows the merge moved (spans the target already had stay on the merged outcome), so undoing it
 * moves back those rows and nothing the target gained otherwise. `movedRatingSlots` does the same for
 * ratings (by respondent slot, see 1765000000000-packed-answers), and the moved_* link columns for the outcome's
 * journey places, KPIs and solutions.
 */
@Entity('outcome_merges')
@Check('outcome_merges_previous_status_check', `previous_status IN ('proposed', 'accepted', 'rejected')`)
// A partial unique index (one merge in effect per outcome) is declared in the migration, where its predicate is spelled out.
@Index('outcome_merges_active_key', { synchronize: false })
@Index('outcome_merges_into_idx', ['intoId'])
export class OutcomeMergeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outcome_merges_pkey' })
  id: string;

  @ForeignKey('outcomes', { name: 'outcome_merges_outcome_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'outcome_id', type: 'uuid' })
  outcomeId: string;

  @ForeignKey('outcomes', { name: 'outcome_merges_into_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'into_id', type: 'uuid', nullable: true })
  intoId: string | null;

  @Column({ name: 'moved_evidence_ids', type: 'uuid', array: true })
  movedEvidenceIds: string[];

  @Column({ name: 'moved_rating_slots', type: 'integer', array: true, default: () => "'{}'" })
  movedRatingSlots: number[];

  @Column({ name: 'moved_journey_link_ids', type: 'uuid', array: true, default: () => "'{}'" })
  movedJourneyLinkIds: string[];

  @Column({ name: 'moved_kpi_ids', type: 'uuid', array: true, default: () => "'{}'" })
  movedKpiIds: string[];

  @Column({ name: 'moved_solution_ids', type: 'uuid', array: true, default: () => "'{}'" })
  movedSolutionIds: string[];

  @Column({ name: 'previous_status', type: 'varchar', length: 16 })
  previousStatus: Exclude<OutcomeStatus, 'merged'>;

  @ForeignKey('users', { name: 'outcome_merges_merged_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'merged_by', type: 'uuid', nullable: true })
  mergedBy: string | null;

  @Column({ name: 'merged_at', type: 'timestamptz', default: () => 'now()' })
  mergedAt: Date;

  @ForeignKey('users', { name: 'outcome_merges_undone_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'undone_by', type: 'uuid', nullable: true })
  undoneBy: string | null;

  @Column({ name: 'undone_at', type: 'timestamptz', nullable: true })
  undoneAt: Date | null;
}
