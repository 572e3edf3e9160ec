import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JourneyStage, UpdateStageRequest, createStageRequestSchema } from '@outcome-atlas/contracts';
import { stageOrderMismatch } from '@outcome-atlas/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { notFound, unprocessable } from '../../common/app-error.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { closeGap, openGap, writeJourney } from './journey-write.js';
import { STAGE_COLUMNS, toStage, type StageRow } from './journey.mapper.js';

export type CreateStage = z.output<typeof createStageRequestSchema>;

/** A journey's ordered stages: positions stay dense 0..n-1 through every insert, reorder and delete. */
@Injectable()
export class StagesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async create(caller: Caller, journeyId: string, request: CreateStage): Promise<JourneyStage> {
    await this.access.resource(caller, 'journey', journeyId, 'write');
    return writeJourney(this.db, { kind: 'journey', id: journeyId }, async (manager) => {
      const position = await openGap(manager, 'stage', journeyId, request.position);
      const rows: StageRow[] = await manager.query(
        `INSERT INTO journey_stages (journey_id, name, description, position) VALUES ($1, $2, $3, $4) RETURNING ${STAGE_COLUMNS}`,
        [journeyId, request.name, request.description, position],
      );
      return toStage(rows[0]!);
    });
  }

  /** Takes every stage id of the journey once, in the new order (422 STAGE_ORDER_MISMATCH otherwise). */
  async reorder(caller: Caller, journeyId: string, stageIds: string[]): Promise<{ items: JourneyStage[] }> {
    await this.access.resource(caller, 'journey', journeyId, 'write');
    return writeJourney(this.db, { kind: 'journey', id: journeyId }, async (manager) => {
      const current: { id: string }[] = await manager.query('SELECT id FROM journey_stages WHERE journey_id = $1 ORDER BY position, id', [journeyId]);
      const requested = stageIds.map((id) => id.toLowerCase());
      const mismatch = stageOrderMismatch(
        current.map((row) => row.id),
        requested,
      );
      if (mismatch) {
        throw unprocessable('STAGE_ORDER_MISMATCH', 'Send every stage of this journey exactly once, in the new order', {
          missingStageIds: mismatch.missing,
          unknownStageIds: mismatch.unknown,
          repeatedStageIds: mismatch.repeated,
        });
      }
      await manager.query(
        `UPDATE journey_stages SET position = ordered.ordinality - 1
         FROM unnest($1::uuid[]) WITH ORDINALITY AS ordered(id, ordinality) WHERE journey_stages.id = ordered.id`,
        [requested],
      );
      return { items: await this.listOf(manager, journeyId) };
    });
  }

  async update(caller: Caller, stageId: string, request: UpdateStageRequest): Promise<JourneyStage> {
    await this.access.resource(caller, 'stage', stageId, 'write');
    return writeJourney(this.db, { kind: 'stage', id: stageId }, async (manager) => {
      // TypeORM answers UPDATE and DELETE with [rows, affected].
      const [rows]: [StageRow[], number] = await manager.query(
        `UPDATE journey_stages SET name = coalesce($2, name), description = coalesce($3, description) WHERE id = $1 RETURNING ${STAGE_COLUMNS}`,
        [stageId, request.name ?? null, request.description ?? null],
      );
      const stage = rows[0];
      if (!stage) throw notFound('stage');
      return toStage(stage);
    });
  }

  /** Its touchpoints and their links go with it (foreign keys cascade); later stages move up. */
  async remove(caller: Caller, stageId: string): Promise<void> {
    await this.access.resource(caller, 'stage', stageId, 'write');
    await writeJourney(this.db, { kind: 'stage', id: stageId }, async (manager, journeyId) => {
      const [deleted]: [{ position: number }[], number] = await manager.query('DELETE FROM journey_stages WHERE id = $1 RETURNING position', [stageId]);
      const position = deleted[0]?.position;
      if (position === undefined) throw notFound('stage');
      await closeGap(manager, 'stage', journeyId, position);
    });
  }

  private async listOf(manager: EntityManager, journeyId: string): Promise<JourneyStage[]> {
    const rows: StageRow[] = await manager.query(`SELECT ${STAGE_COLUMNS} FROM journey_stages WHERE journey_id = $1 ORDER BY position, id`, [journeyId]);
    return rows.map(toStage);
  }
}
