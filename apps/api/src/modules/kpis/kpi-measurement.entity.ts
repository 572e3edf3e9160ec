import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('kpi_measurements')
@Check('kpi_measurements_period_check', 'period_end >= period_start')
@Check('kpi_measurements_sample_size_check', 'sample_size >= 0')
@Check('kpi_measurements_source_check', `source IN ('entered', 'imported', 'computed')`)
// One value per period: recording a period again replaces it.
@Unique('kpi_measurements_period_key', ['kpiId', 'periodStart', 'periodEnd'])
// (kpi_id, period_end DESC, period_start DESC) for the latest value: declared in the migration.
@Index('kpi_measurements_latest_idx', { synchronize: false })
export class KpiMeasurementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'kpi_measurements_pkey' })
  id: string;

  @ForeignKey('kpis', { name: 'kpi_measurements_kpi_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'kpi_id', type: 'uuid' })
  kpiId: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ name: 'sample_size', type: 'integer', nullable: true })
  sampleSize: number | null;

  @Column({ type: 'varchar', length: 16 })
  source: string;

  @Column({ type: 'jsonb', nullable: true })
  inputs: Record<string, number> | null;

  @ForeignKey('users', { name: 'kpi_measurements_created_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
