import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One run of the outcome-based segmentation, kept with the silhouette figures that chose its k. */
@Entity('segmentations')
@Check('segmentations_chosen_by_check', `chosen_by IN ('given', 'silhouette')`)
@Index('segmentations_project_created_idx', ['projectId', 'createdAt', 'id'])
export class SegmentationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'segmentations_pkey' })
  id: string;

  @ForeignKey('projects', { name: 'segmentations_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'smallint' })
  k: number;

  @Column({ type: 'integer' })
  seed: number;

  @Column({ name: 'chosen_by', type: 'varchar', length: 16 })
  chosenBy: 'given' | 'silhouette';

  @Column({ type: 'double precision' })
  silhouette: number;

  @Column({ name: 'silhouette_by_k', type: 'jsonb', default: () => "'[]'" })
  silhouetteByK: { k: number; silhouette: number }[];

  @Column({ name: 'respondent_count', type: 'integer' })
  respondentCount: number;

  @Column({ name: 'outcome_count', type: 'integer' })
  outcomeCount: number;

  @ForeignKey('users', { name: 'segmentations_created_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
