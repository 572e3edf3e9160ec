import { Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A segment found by a segmentation, usable as the `saved:<id>` segment filter. */
@Entity('saved_segments')
@Unique('saved_segments_segmentation_position_key', ['segmentationId', 'position'])
@Index('saved_segments_project_idx', ['projectId'])
export class SavedSegmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'saved_segments_pkey' })
  id: string;

  @ForeignKey('segmentations', { name: 'saved_segments_segmentation_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'segmentation_id', type: 'uuid' })
  segmentationId: string;

  @ForeignKey('projects', { name: 'saved_segments_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'double precision' })
  share: number;

  /** `{ outcomeId, rank, importance, satisfaction, opportunity, zone }[]` as scored when the segmentation ran. */
  @Column({ name: 'top_opportunities', type: 'jsonb', default: () => "'[]'" })
  topOpportunities: unknown[];
}

@Entity('saved_segment_members')
@Index('saved_segment_members_respondent_idx', ['respondentId'])
export class SavedSegmentMemberEntity {
  @ForeignKey('saved_segments', { name: 'saved_segment_members_segment_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'segment_id', type: 'uuid', primaryKeyConstraintName: 'saved_segment_members_pkey' })
  segmentId: string;

  @ForeignKey('respondents', { name: 'saved_segment_members_respondent_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'respondent_id', type: 'uuid', primaryKeyConstraintName: 'saved_segment_members_pkey' })
  respondentId: string;
}
