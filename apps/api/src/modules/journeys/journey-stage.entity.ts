import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('journey_stages')
@Check('journey_stages_position_check', 'position >= 0')
// Deferred so a reorder can shift every stage in one transaction.
@Unique('journey_stages_journey_position_key', ['journeyId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
export class JourneyStageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'journey_stages_pkey' })
  id: string;

  @ForeignKey('journeys', { name: 'journey_stages_journey_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'journey_id', type: 'uuid' })
  journeyId: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'integer' })
  position: number;
}
