import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createKpiRequestSchema, Kpi, KpiDetail, ListKpisQuery, Page, UpdateKpiRequest } from '@outcome-atlas/contracts';
import type { KpiLevel, KpiType } from '@outcome-atlas/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { notFound } from '../../common/app-error.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { resolveKpiChange, resolveNewKpi } from './kpi-definition-rules.js';
import { checkAttachment, lockAttachment, lockOutcomes, replaceKpiOutcomes, type AttachmentColumns } from './kpi-references.js';
import { listKpiPage, loadKpiDetail } from './kpi.query.js';
import { kpiScaleLocked } from './kpis.errors.js';

/** A create request after its schema's defaults. */
export type NewKpiRequest = z.infer<typeof createKpiRequestSchema>;

type StoredKpi = {
  type: KpiType;
  level: KpiLevel;
  unit: string;
  scale: number | null;
  higher_is_better: boolean;
  target: number | null;
  measurement_count: number;
};

@Injectable()
export class KpisService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(caller: Caller, projectId: string, query: ListKpisQuery): Promise<Page<Kpi>> {
    await this.access.resource(caller, 'project', projectId, 'read');
    return listKpiPage(this.db.manager, projectId, query);
  }

  async get(caller: Caller, kpiId: string): Promise<KpiDetail> {
    await this.access.resource(caller, 'kpi', kpiId, 'read');
    return this.load(this.db.manager, kpiId);
  }

  async create(caller: Caller, projectId: string, request: NewKpiRequest): Promise<KpiDetail> {
    await this.access.resource(caller, 'project', projectId, 'write');
    const definition = resolveNewKpi(request);
    const attachment = await checkAttachment(this.access, caller, projectId, request.attachTo);
    return this.db.transaction(async (manager) => {
      await lockAttachment(manager, projectId, attachment);
      const outcomeIds = await lockOutcomes(manager, projectId, request.outcomeIds);
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO kpis (project_id, name, type, level, unit, scale, higher_is_better, target, description, journey_id, stage_id, touchpoint_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          projectId,
          request.name,
          request.type,
          definition.level,
          definition.unit,
          definition.scale,
          definition.higherIsBetter,
          definition.target,
          request.description,
          ...attachmentParams(attachment),
          caller.userId,
        ],
      );
      const kpiId = rows[0]!.id;
      await replaceKpiOutcomes(manager, kpiId, outcomeIds);
      return this.load(manager, kpiId);
    });
  }

  async update(caller: Caller, kpiId: string, change: UpdateKpiRequest): Promise<KpiDetail> {
    const { projectId } = await this.access.resource(caller, 'kpi', kpiId, 'write');
    const attachment = change.attachTo ? await checkAttachment(this.access, caller, projectId, change.attachTo) : null;
    return this.db.transaction(async (manager) => {
      // The row lock orders this against measurement writes, which hold a share lock while they use the scale.
      const rows: StoredKpi[] = await manager.query(
        `SELECT type, level, unit, scale, higher_is_better, target, (SELECT count(*)::int FROM kpi_measurements WHERE kpi_id = $1) AS measurement_count
         FROM kpis WHERE id = $1 FOR UPDATE`,
        [kpiId],
      );
      const stored = rows[0];
      if (!stored) throw notFound('KPI');
      const current = { level: stored.level, unit: stored.unit, scale: stored.scale, higherIsBetter: stored.higher_is_better, target: stored.target };
      const next = resolveKpiChange(stored.type, current, change);
      if (next.scaleChanged && stored.measurement_count > 0) throw kpiScaleLocked(stored.measurement_count);
      if (attachment) await lockAttachment(manager, projectId, attachment);
      await manager.query(
        `UPDATE kpis SET name = coalesce($2, name), level = $3, unit = $4, scale = $5, higher_is_better = $6, target = $7,
           description = coalesce($8, description),
           journey_id = CASE WHEN $9 THEN $10::uuid ELSE journey_id END,
           stage_id = CASE WHEN $9 THEN $11::uuid ELSE stage_id END,
           touchpoint_id = CASE WHEN $9 THEN $12::uuid ELSE touchpoint_id END,
           updated_at = now()
         WHERE id = $1`,
        [
          kpiId,
          change.name ?? null,
          next.level,
          next.unit,
          next.scale,
          next.higherIsBetter,
          next.target,
          change.description ?? null,
          attachment !== null,
          ...attachmentParams(attachment ?? { journeyId: null, stageId: null, touchpointId: null }),
        ],
      );
      if (change.outcomeIds) await replaceKpiOutcomes(manager, kpiId, await lockOutcomes(manager, projectId, change.outcomeIds));
      return this.load(manager, kpiId);
    });
  }

  /** Measurements and measured-outcome links go with the KPI; solutions that expected it keep going without one. */
  async remove(caller: Caller, kpiId: string): Promise<void> {
    await this.access.resource(caller, 'kpi', kpiId, 'write');
    await this.db.query('DELETE FROM kpis WHERE id = $1', [kpiId]);
  }

  private async load(manager: EntityManager, kpiId: string): Promise<KpiDetail> {
    const kpi = await loadKpiDetail(manager, kpiId);
    if (!kpi) throw notFound('KPI');
    return kpi;
  }
}

const attachmentParams = (columns: AttachmentColumns) => [columns.journeyId, columns.stageId, columns.touchpointId];
