import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('journeys')
// Listed by name case-insensitively: an expression index, declared in the migration.
@Index('journeys_project_name_idx', { synchronize: false })
@Index('journeys_persona_idx', ['personaId'])
export class JourneyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'journeys_pkey' })
  id: string;

  @ForeignKey('projects', { name: 'journeys_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ForeignKey('personas', { name: 'journeys_persona_id_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'persona_id', type: 'uuid', nullable: true })
  personaId: string | null;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @ForeignKey('users', { name: 'journeys_created_by_fkey', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
