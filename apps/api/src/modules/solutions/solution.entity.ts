import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('solutions')
@Check('solutions_status_check', `status IN ('idea', 'testing', 'shipped', 'evaluated', 'dropped')`)
@Check('solutions_direction_check', `expected_direction IN ('increase', 'decrease')`)
@Check('solutions_shipped_check', `status NOT IN ('shipped', 'evaluated') OR ship_date IS NOT NULL`)
// (project_id, created_at DESC, id DESC) for the newest-first listing: declared in the migration.
@Index('solutions_project_created_idx', { synchronize: false })
@Index('solutions_expected_kpi_idx', ['expectedKpiId'])
export class SolutionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'solutions_pkey' })
  id: string;

  @ForeignKey('projects', { name: 'solutions_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 160 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: '' })
  hypothesis: string;

  @Column({ type: 'varchar', length: 16, default: 'idea' })
  status: string;

  @Column({ name: 'ship_date', type: 'date', nullable: true })
  shipDate: string | null;

  @ForeignKey('kpis', { name: 'solutions_expected_kpi_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'expected_kpi_id', type: 'uuid', nullable: true })
  expectedKpiId: string | null;

  @Column({ name: 'expected_direction', type: 'varchar', length: 16, nullable: true })
  expectedDirection: string | null;

  @ForeignKey('users', { name: 'solutions_created_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** The outcomes (opportunities) a solution targets. */
@Entity('solution_outcomes')
@Index('solution_outcomes_outcome_idx', ['outcomeId'])
export class SolutionOutcomeEntity {
  @ForeignKey('solutions', { name: 'solution_outcomes_solution_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'solution_id', type: 'uuid', primaryKeyConstraintName: 'solution_outcomes_pkey' })
  solutionId: string;

  @ForeignKey('outcomes', { name: 'solution_outcomes_outcome_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'outcome_id', type: 'uuid', primaryKeyConstraintName: 'solution_outcomes_pkey' })
  outcomeId: string;
}
