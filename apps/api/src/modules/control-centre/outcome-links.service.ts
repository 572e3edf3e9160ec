import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutcomeLinks } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { loadKpiGlances } from '../kpis/kpi-glance.query.js';
import { AccessService } from '../workspaces/access.service.js';

/**
 * The chain from one outcome: where it shows in the journeys, the KPIs that measure it and the solutions
 * aimed at it, in three statements after the access check. Every linked row is joined back to the
 * outcome's project, so a stray link into another project never shows.
 */
@Injectable()
export class OutcomeLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async get(caller: Caller, outcomeId: string): Promise<OutcomeLinks> {
    const { projectId } = await this.access.resource(caller, 'outcome', outcomeId, 'read');
    const journeys: OutcomeLinks['journeys'] = await this.db.query(
      `SELECT j.id AS "journeyId", j.name AS "journeyName", st.id AS "stageId", st.name AS "stageName", tp.id AS "touchpointId", tp.name AS "touchpointName"
       FROM journey_outcome_links l
       JOIN journeys j ON j.id = l.journey_id AND j.project_id = $2
       JOIN journey_stages st ON st.id = l.stage_id AND st.journey_id = j.id
       LEFT JOIN touchpoints tp ON tp.id = l.touchpoint_id
       WHERE l.outcome_id = $1 AND (l.touchpoint_id IS NULL OR tp.stage_id = st.id)
       ORDER BY lower(j.name), j.id, st.position, tp.position NULLS FIRST`,
      [outcomeId, projectId],
    );
    const kpis = await loadKpiGlances(this.db.manager, 'k.project_id = $2 AND k.id IN (SELECT ko.kpi_id FROM kpi_outcomes ko WHERE ko.outcome_id = $1)', [outcomeId, projectId]);
    const solutions: OutcomeLinks['solutions'] = await this.db.query(
      `SELECT s.id AS "solutionId", s.title, s.status, s.ship_date::text AS "shipDate"
       FROM solution_outcomes so JOIN solutions s ON s.id = so.solution_id AND s.project_id = $2
       WHERE so.outcome_id = $1
       ORDER BY s.created_at DESC, s.id DESC`,
      [outcomeId, projectId],
    );
    return { journeys, kpis: kpis.map(({ glance }) => glance), solutions };
  }
}
