import type { UniversalJobStep } from '@outcome-atlas/contracts';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('job_steps')
@Check('job_steps_universal_step_check', `universal_step IN ('Define', 'Locate', 'Prepare', 'Confirm', 'Execute', 'Monitor', 'Modify', 'Conclude')`)
@Index('job_steps_project_position_idx', ['projectId', 'position'])
export class JobStepEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'job_steps_pkey' })
  id: string;

  @ForeignKey('projects', { name: 'job_steps_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'universal_step', type: 'varchar', length: 16, nullable: true })
  universalStep: UniversalJobStep | null;

  @Column({ type: 'integer' })
  position: number;
}
