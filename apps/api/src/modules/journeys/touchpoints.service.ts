import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Touchpoint, TouchpointDetail, UpdateTouchpointRequest, createTouchpointRequestSchema } from '@outcome-atlas/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { notFound, unprocessable } from '../../common/app-error.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { closeGap, openGap, writeJourney } from './journey-write.js';
import { TOUCHPOINT_COLUMNS, toTouchpoint, type TouchpointRow } from './journey.mapper.js';
import { loadTouchpointDetail } from './touchpoint-detail.query.js';

export type CreateTouchpoint = z.output<typeof createTouchpointRequestSchema>;

/** Touchpoints in their stage's order; a move keeps positions dense in the stage it leaves and the one it enters. */
@Injectable()
export class TouchpointsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async create(caller: Caller, stageId: string, request: CreateTouchpoint): Promise<Touchpoint> {
    await this.access.resource(caller, 'stage', stageId, 'write');
    return writeJourney(this.db, { kind: 'stage', id: stageId }, async (manager) => {
      const position = await openGap(manager, 'touchpoint', stageId, request.position);
      const rows: TouchpointRow[] = await manager.query(
        `INSERT INTO touchpoints AS t (journey_id, stage_id, name, channel, owner_team, description, cx_level, expectation, position)
         SELECT s.journey_id, s.id, $2, $3, $4, $5, $6, $7, $8 FROM journey_stages s WHERE s.id = $1
         RETURNING ${TOUCHPOINT_COLUMNS}`,
        [stageId, request.name, request.channel, request.ownerTeam, request.description, request.cxLevel, request.expectation, position],
      );
      if (!rows[0]) throw notFound('stage');
      return toTouchpoint(rows[0]);
    });
  }

  async detail(caller: Caller, touchpointId: string): Promise<TouchpointDetail> {
    await this.access.resource(caller, 'touchpoint', touchpointId, 'read');
    return this.db.transaction('REPEATABLE READ', (manager) => loadTouchpointDetail(manager, touchpointId));
  }

  /** Edits fields and, with stageId and/or position, moves it within its stage or to another stage of the same journey. */
  async update(caller: Caller, touchpointId: string, request: UpdateTouchpointRequest): Promise<Touchpoint> {
    await this.access.resource(caller, 'touchpoint', touchpointId, 'write');
    return writeJourney(this.db, { kind: 'touchpoint', id: touchpointId }, async (manager, journeyId) => {
      const current = await this.read(manager, touchpointId);
      await this.updateFields(manager, touchpointId, request);
      if (request.stageId !== undefined || request.position !== undefined) await this.move(manager, journeyId, current, request.stageId, request.position);
      return toTouchpoint(await this.read(manager, touchpointId));
    });
  }

  /** Its outcome and quote links go with it; later touchpoints of the stage move up. */
  async remove(caller: Caller, touchpointId: string): Promise<void> {
    await this.access.resource(caller, 'touchpoint', touchpointId, 'write');
    await writeJourney(this.db, { kind: 'touchpoint', id: touchpointId }, async (manager) => {
      const [deleted]: [{ stage_id: string; position: number }[], number] = await manager.query('DELETE FROM touchpoints WHERE id = $1 RETURNING stage_id, position', [
        touchpointId,
      ]);
      const gone = deleted[0];
      if (!gone) throw notFound('touchpoint');
      await closeGap(manager, 'touchpoint', gone.stage_id, gone.position);
    });
  }

  private async read(manager: EntityManager, touchpointId: string): Promise<TouchpointRow> {
    const rows: TouchpointRow[] = await manager.query(`SELECT ${TOUCHPOINT_COLUMNS} FROM touchpoints t WHERE t.id = $1`, [touchpointId]);
    if (!rows[0]) throw notFound('touchpoint');
    return rows[0];
  }

  private async updateFields(manager: EntityManager, touchpointId: string, request: UpdateTouchpointRequest): Promise<void> {
    const { stageId: _stageId, position: _position, ...fields } = request;
    if (Object.keys(fields).length === 0) return;
    await manager.query(
      `UPDATE touchpoints SET name = coalesce($2, name), channel = coalesce($3, channel), owner_team = coalesce($4, owner_team),
         description = coalesce($5, description), cx_level = CASE WHEN $6 THEN $7::smallint ELSE cx_level END, expectation = coalesce($8, expectation)
       WHERE id = $1`,
      [
        touchpointId,
        fields.name ?? null,
        fields.channel ?? null,
        fields.ownerTeam ?? null,
        fields.description ?? null,
        fields.cxLevel !== undefined,
        fields.cxLevel ?? null,
        fields.expectation ?? null,
      ],
    );
  }

  /**
   * Takes the touchpoint out of its stage (closing the gap) and puts it at `position` of the target stage
   * (opening one; the end when omitted, or its current place when it stays in its stage). Its outcome
   * links carry the stage beside the touchpoint, so they follow it.
   */
  private async move(manager: EntityManager, journeyId: string, current: TouchpointRow, stageId: string | undefined, position: number | undefined): Promise<void> {
    const targetStageId = stageId?.toLowerCase() ?? current.stage_id;
    const changesStage = targetStageId !== current.stage_id;
    if (changesStage) {
      // An unknown stage and another journey's stage answer alike, so the answer reveals nothing about foreign ids.
      const rows: unknown[] = await manager.query('SELECT 1 FROM journey_stages WHERE id = $1 AND journey_id = $2', [targetStageId, journeyId]);
      if (rows.length === 0) throw unprocessable('STAGE_NOT_IN_JOURNEY', 'A touchpoint can only move to a stage of its own journey', { stageId: targetStageId });
    }
    await closeGap(manager, 'touchpoint', current.stage_id, current.position);
    const place = await openGap(manager, 'touchpoint', targetStageId, position ?? (changesStage ? undefined : current.position), current.id);
    await manager.query('UPDATE touchpoints SET stage_id = $2, position = $3 WHERE id = $1', [current.id, targetStageId, place]);
    if (changesStage) await manager.query('UPDATE journey_outcome_links SET stage_id = $2 WHERE touchpoint_id = $1', [current.id, targetStageId]);
  }
}
