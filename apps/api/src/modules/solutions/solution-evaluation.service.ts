import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { KpiMeasurement, Solution, SolutionEvaluation } from '@outcome-atlas/contracts';
import { evaluateSolution, type EvaluationPoint } from '@outcome-atlas/domain';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import type { Caller } from '../auth/caller.js';
import { loadKpiGlances } from '../kpis/kpi-glance.query.js';
import { AccessService } from '../workspaces/access.service.js';
import { loadEvaluationWindows } from './evaluation-window.query.js';

type EvaluatedRow = { ship_date: string | null; expected_kpi_id: string | null; expected_direction: Solution['expectedDirection'] };

const toPoint = (measurement: KpiMeasurement): EvaluationPoint => ({ value: measurement.value, sampleSize: measurement.sampleSize });

/** The expected KPI before and after the ship date; the arithmetic and the verdict are libs/domain's evaluateSolution. */
@Injectable()
export class SolutionEvaluationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async evaluate(caller: Caller, solutionId: string): Promise<SolutionEvaluation> {
    const { projectId } = await this.access.resource(caller, 'solution', solutionId, 'read');
    const [solution]: EvaluatedRow[] = await this.db.query(
      'SELECT ship_date::text AS ship_date, expected_kpi_id, expected_direction FROM solutions WHERE id = $1',
      [solutionId],
    );
    if (!solution) throw notFound('solution');
    const kpiId = solution.expected_kpi_id;
    const [kpi] = kpiId ? await loadKpiGlances(this.db.manager, 'k.id = $1 AND k.project_id = $2', [kpiId, projectId]) : [];
    const windows = kpi && solution.ship_date ? await loadEvaluationWindows(this.db.manager, kpi.glance.kpiId, solution.ship_date) : { before: [], after: [] };
    const result = evaluateSolution({
      kpi: kpi ? { higherIsBetter: kpi.glance.higherIsBetter } : null,
      shipDate: solution.ship_date,
      expectedDirection: solution.expected_direction,
      before: windows.before.map(toPoint),
      after: windows.after.map(toPoint),
    });
    return {
      solutionId,
      shipDate: solution.ship_date,
      kpi: kpi?.glance ?? null,
      expectedDirection: solution.expected_direction,
      before: { measurements: windows.before, ...result.before },
      after: { measurements: windows.after, ...result.after },
      change: result.change,
      verdict: result.verdict,
      expectedMet: result.expectedMet,
    };
  }
}
