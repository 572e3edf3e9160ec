import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('tags')
// Case-insensitive uniqueness is an expression index, declared in the migration.
@Index('tags_project_name_key', { synchronize: false })
export class TagEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'tags_pkey' })
  id: string;

  @ForeignKey('projects', { name: 'tags_project_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'varchar', length: 7 })
  color: string;

  @Column({ name: 'group_name', type: 'varchar', length: 80, nullable: true })
  group: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
