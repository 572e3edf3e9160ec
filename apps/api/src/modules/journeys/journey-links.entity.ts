import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** An outcome shows at a stage as a whole (touchpointId null) or at one touchpoint in it. */
@Entity('journey_outcome_links')
// Unique with NULLS NOT DISTINCT, which TypeORM cannot declare: in the migration.
@Index('journey_outcome_links_key', { synchronize: false })
@Index('journey_outcome_links_journey_idx', ['journeyId'])
@Index('journey_outcome_links_stage_idx', ['stageId'])
@Index('journey_outcome_links_touchpoint_idx', ['touchpointId'])
export class JourneyOutcomeLinkEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'journey_outcome_links_pkey' })
  id: string;

  @ForeignKey('outcomes', { name: 'journey_outcome_links_outcome_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'outcome_id', type: 'uuid' })
  outcomeId: string;

  @ForeignKey('journeys', { name: 'journey_outcome_links_journey_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'journey_id', type: 'uuid' })
  journeyId: string;

  @ForeignKey('journey_stages', { name: 'journey_outcome_links_stage_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'stage_id', type: 'uuid' })
  stageId: string;

  @ForeignKey('touchpoints', { name: 'journey_outcome_links_touchpoint_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'touchpoint_id', type: 'uuid', nullable: true })
  touchpointId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A quote (highlight) that shows what happens at a touchpoint. */
@Entity('touchpoint_highlights')
@Index('touchpoint_highlights_highlight_idx', ['highlightId'])
export class TouchpointHighlightEntity {
  @ForeignKey('touchpoints', { name: 'touchpoint_highlights_touchpoint_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'touchpoint_id', type: 'uuid', primaryKeyConstraintName: 'touchpoint_highlights_pkey' })
  touchpointId: string;

  @ForeignKey('highlights', { name: 'touchpoint_highlights_highlight_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'highlight_id', type: 'uuid', primaryKeyConstraintName: 'touchpoint_highlights_pkey' })
  highlightId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
