import type { ControlCentre, SolutionStatus } from '@outcome-atlas/contracts';
import type { DataSource } from 'typeorm';

export type LiveSolutionRow = { id: string; title: string; status: SolutionStatus; expected_kpi_id: string | null; outcome_ids: string[] };

export async function loadSolutionStatusCounts(db: DataSource, projectId: string): Promise<ControlCentre['solution']['byStatus']> {
  const rows: { status: SolutionStatus; n: number }[] = await db.query(
    'SELECT status, count(*)::int AS n FROM solutions WHERE project_id = $1 GROUP BY status',
    [projectId],
  );
  const counts: ControlCentre['solution']['byStatus'] = { idea: 0, testing: 0, shipped: 0, evaluated: 0, dropped: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** Solutions that are not dropped, newest first, with the outcomes they target. */
export async function loadLiveSolutions(db: DataSource, projectId: string): Promise<LiveSolutionRow[]> {
  return db.query(
    `SELECT s.id, s.title, s.status, s.expected_kpi_id, ARRAY(SELECT so.outcome_id FROM solution_outcomes so WHERE so.solution_id = s.id) AS outcome_ids
     FROM solutions s WHERE s.project_id = $1 AND s.status <> 'dropped'
     ORDER BY s.created_at DESC, s.id DESC`,
    [projectId],
  );
}

/** How many live (not dropped) solutions of the project target each of the given outcomes; absent means none. */
export async function loadLiveSolutionCounts(db: DataSource, projectId: string, outcomeIds: readonly string[]): Promise<Map<string, number>> {
  if (outcomeIds.length === 0) return new Map();
  const rows: { outcome_id: string; n: number }[] = await db.query(
    `SELECT so.outcome_id, count(*)::int AS n
     FROM solution_outcomes so JOIN solutions s ON s.id = so.solution_id AND s.project_id = $1 AND s.status <> 'dropped'
     WHERE so.outcome_id = ANY($2::uuid[])
     GROUP BY so.outcome_id`,
    [projectId, [...new Set(outcomeIds)]],
  );
  return new Map(rows.map((row) => [row.outcome_id, row.n]));
}
