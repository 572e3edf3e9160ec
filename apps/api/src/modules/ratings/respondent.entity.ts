import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A survey or workshop respondent of a project, known by the survey tool's id. */
@Entity('respondents')
@Unique('respondents_project_external_key', ['projectId', 'externalId'])
@Unique('respondents_project_slot_key', ['projectId', 'slot'])
// Expression indexes on the case-folded segment, attributes and external id prefix are declared in migrations.
@Index('respondents_segment_idx', { synchronize: false })
@Index('respondents_external_prefix_idx', { synchronize: false })
@Index('respondents_attributes_idx', { synchronize: false })
export class RespondentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'respondents_pkey' })
  id: string;

  @ForeignKey('projects', { name: 'respondents_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'external_id', type: 'varchar', length: 200 })
  externalId: string;

  /** Position in the project's answer bitmaps (1, 2, 3, … in creation order, never reused); set by a trigger. */
  @Column({ type: 'integer', insert: false, update: false })
  slot: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  segment: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  attributes: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
