import type { EntityManager } from 'typeorm';
import { updateReturning } from '../../database/update-returning.js';

/** What a merge moved of the outcome's chain: journey link rows, and the KPIs and solutions whose links moved. */
export type MovedChainLinks = { journeyLinkIds: string[]; kpiIds: string[]; solutionIds: string[] };

/**
 * Moves the merged outcome's journey places, measuring KPIs and targeting solutions to the outcome it
 * is merged into, so the chain follows the evidence and the ratings. A link the target already has stays
 * on the merged outcome (each is unique per outcome); the ids moved are returned for the undo.
 */
export async function moveChainLinks(manager: EntityManager, fromId: string, intoId: string): Promise<MovedChainLinks> {
  const journeyLinks = await updateReturning<{ id: string }>(
    manager,
    `UPDATE journey_outcome_links l SET outcome_id = $2 WHERE l.outcome_id = $1
       AND NOT EXISTS (SELECT 1 FROM journey_outcome_links t
         WHERE t.outcome_id = $2 AND t.stage_id = l.stage_id AND t.touchpoint_id IS NOT DISTINCT FROM l.touchpoint_id)
     RETURNING l.id`,
    [fromId, intoId],
  );
  const kpis = await updateReturning<{ kpi_id: string }>(
    manager,
    `UPDATE kpi_outcomes k SET outcome_id = $2 WHERE k.outcome_id = $1
       AND NOT EXISTS (SELECT 1 FROM kpi_outcomes t WHERE t.outcome_id = $2 AND t.kpi_id = k.kpi_id)
     RETURNING k.kpi_id`,
    [fromId, intoId],
  );
  const solutions = await updateReturning<{ solution_id: string }>(
    manager,
    `UPDATE solution_outcomes s SET outcome_id = $2 WHERE s.outcome_id = $1
       AND NOT EXISTS (SELECT 1 FROM solution_outcomes t WHERE t.outcome_id = $2 AND t.solution_id = s.solution_id)
     RETURNING s.solution_id`,
    [fromId, intoId],
  );
  return { journeyLinkIds: journeyLinks.map((row) => row.id), kpiIds: kpis.map((row) => row.kpi_id), solutionIds: solutions.map((row) => row.solution_id) };
}

/**
 * Undo: moves back exactly the links the merge moved that are still on the target. A link someone made
 * on the target since then for the same place, KPI or solution would collide, so that one stays.
 */
export async function returnChainLinks(manager: EntityManager, outcomeId: string, intoId: string, moved: MovedChainLinks): Promise<void> {
  await manager.query(
    `UPDATE journey_outcome_links l SET outcome_id = $1 WHERE l.id = ANY($3::uuid[]) AND l.outcome_id = $2
       AND NOT EXISTS (SELECT 1 FROM journey_outcome_links t
         WHERE t.outcome_id = $1 AND t.stage_id = l.stage_id AND t.touchpoint_id IS NOT DISTINCT FROM l.touchpoint_id)`,
    [outcomeId, intoId, moved.journeyLinkIds],
  );
  await manager.query(
    `UPDATE kpi_outcomes k SET outcome_id = $1 WHERE k.outcome_id = $2 AND k.kpi_id = ANY($3::uuid[])
       AND NOT EXISTS (SELECT 1 FROM kpi_outcomes t WHERE t.outcome_id = $1 AND t.kpi_id = k.kpi_id)`,
    [outcomeId, intoId, moved.kpiIds],
  );
  await manager.query(
    `UPDATE solution_outcomes s SET outcome_id = $1 WHERE s.outcome_id = $2 AND s.solution_id = ANY($3::uuid[])
       AND NOT EXISTS (SELECT 1 FROM solution_outcomes t WHERE t.outcome_id = $1 AND t.solution_id = s.solution_id)`,
    [outcomeId, intoId, moved.solutionIds],
  );
}
