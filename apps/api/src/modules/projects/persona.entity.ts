import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('personas')
// Case-insensitive uniqueness is an expression index, declared in the migration.
@Index('personas_project_name_key', { synchronize: false })
export class PersonaEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'personas_pkey' })
  id: string;

  @ForeignKey('projects', { name: 'personas_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
