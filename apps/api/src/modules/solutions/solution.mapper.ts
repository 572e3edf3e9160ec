import type { AtlasOpportunity, Solution, SolutionStatus } from '@outcome-atlas/contracts';
import type { EntityManager } from 'typeorm';
import { iso } from '../../common/iso.js';
import { byOpportunity, loadOpportunityGlances } from '../opportunities/opportunity-glance.query.js';

export type SolutionRow = {
  id: string;
  project_id: string;
  title: string;
  description: string;
  hypothesis: string;
  status: SolutionStatus;
  ship_date: string | null;
  expected_kpi_id: string | null;
  expected_kpi_name: string | null;
  expected_direction: Solution['expectedDirection'];
  outcome_ids: string[];
  created_at: Date;
  updated_at: Date;
  cursor_at: string;
};

/** A solution with its expected KPI's name and its target outcome ids; append `WHERE ...` on `s`. */
export const SOLUTION_SELECT = `SELECT s.id, s.project_id, s.title, s.description, s.hypothesis, s.status, s.ship_date::text AS ship_date,
    s.expected_kpi_id, k.name AS expected_kpi_name, s.expected_direction, s.created_at, s.updated_at, s.created_at::text AS cursor_at,
    ARRAY(SELECT so.outcome_id FROM solution_outcomes so WHERE so.solution_id = s.id) AS outcome_ids
  FROM solutions s LEFT JOIN kpis k ON k.id = s.expected_kpi_id`;

export function toSolution(row: SolutionRow, glances: ReadonlyMap<string, AtlasOpportunity>): Solution {
  return {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    description: row.description,
    hypothesis: row.hypothesis,
    status: row.status,
    shipDate: row.ship_date,
    expectedKpi: row.expected_kpi_id !== null && row.expected_kpi_name !== null ? { kpiId: row.expected_kpi_id, name: row.expected_kpi_name } : null,
    expectedDirection: row.expected_direction,
    outcomes: row.outcome_ids.flatMap((id) => glances.get(id) ?? []).sort(byOpportunity),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** Rows of one project as solutions; the targeted opportunities of all of them are scored in one statement. */
export async function toSolutions(manager: EntityManager, projectId: string, rows: readonly SolutionRow[]): Promise<Solution[]> {
  const glances = await loadOpportunityGlances(manager, projectId, rows.flatMap((row) => row.outcome_ids));
  return rows.map((row) => toSolution(row, glances));
}
