import type { TouchpointChannel } from '@outcome-atlas/contracts';
import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('touchpoints')
@Check('touchpoints_channel_check', `channel IN ('web', 'app', 'phone', 'store', 'email', 'social', 'chat', 'in-person', 'other')`)
@Check('touchpoints_cx_level_check', 'cx_level BETWEEN 1 AND 5')
@Check('touchpoints_position_check', 'position >= 0')
// Deferred so a move can shift the siblings in one transaction.
@Unique('touchpoints_stage_position_key', ['stageId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
@Index('touchpoints_journey_idx', ['journeyId'])
export class TouchpointEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'touchpoints_pkey' })
  id: string;

  // Denormalised from the stage: the atlas reads a journey's touchpoints by this index.
  @ForeignKey('journeys', { name: 'touchpoints_journey_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'journey_id', type: 'uuid' })
  journeyId: string;

  @ForeignKey('journey_stages', { name: 'touchpoints_stage_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'stage_id', type: 'uuid' })
  stageId: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  channel: TouchpointChannel;

  @Column({ name: 'owner_team', type: 'varchar', length: 120, default: '' })
  ownerTeam: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'cx_level', type: 'smallint', nullable: true })
  cxLevel: number | null;

  @Column({ type: 'text', default: '' })
  expectation: string;

  @Column({ type: 'integer' })
  position: number;
}
