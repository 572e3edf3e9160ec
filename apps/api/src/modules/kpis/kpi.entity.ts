import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('kpis')
@Check('kpis_type_check', `type IN ('nps', 'csat', 'ces', 'ttv', 'tcr', 'adoption', 'clv', 'custom')`)
@Check('kpis_level_check', `level IN ('relationship', 'journey', 'touchpoint')`)
@Check('kpis_attachment_check', 'num_nonnulls(journey_id, stage_id, touchpoint_id) <= 1')
// Listed by name case-insensitively: an expression index, declared in the migration.
@Index('kpis_project_idx', { synchronize: false })
@Index('kpis_journey_idx', ['journeyId'])
@Index('kpis_stage_idx', ['stageId'])
@Index('kpis_touchpoint_idx', ['touchpointId'])
export class KpiEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'kpis_pkey' })
  id: string;

  @ForeignKey('projects', { name: 'kpis_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  type: string;

  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Column({ type: 'varchar', length: 40 })
  unit: string;

  @Column({ type: 'smallint', nullable: true })
  scale: number | null;

  @Column({ name: 'higher_is_better', type: 'boolean' })
  higherIsBetter: boolean;

  @Column({ type: 'double precision', nullable: true })
  target: number | null;

  @Column({ type: 'text', default: '' })
  description: string;

  // At most one attachment; none means the project. Deleting it keeps the KPI (SET NULL).
  @ForeignKey('journeys', { name: 'kpis_journey_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'journey_id', type: 'uuid', nullable: true })
  journeyId: string | null;

  @ForeignKey('journey_stages', { name: 'kpis_stage_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'stage_id', type: 'uuid', nullable: true })
  stageId: string | null;

  @ForeignKey('touchpoints', { name: 'kpis_touchpoint_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'touchpoint_id', type: 'uuid', nullable: true })
  touchpointId: string | null;

  @ForeignKey('users', { name: 'kpis_created_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** The outcomes (opportunities) a KPI measures. */
@Entity('kpi_outcomes')
@Index('kpi_outcomes_outcome_idx', ['outcomeId'])
export class KpiOutcomeEntity {
  @ForeignKey('kpis', { name: 'kpi_outcomes_kpi_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'kpi_id', type: 'uuid', primaryKeyConstraintName: 'kpi_outcomes_pkey' })
  kpiId: string;

  @ForeignKey('outcomes', { name: 'kpi_outcomes_outcome_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'outcome_id', type: 'uuid', primaryKeyConstraintName: 'kpi_outcomes_pkey' })
  outcomeId: string;
}
