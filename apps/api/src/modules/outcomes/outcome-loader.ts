import type { Outcome } from '@outcome-atlas/contracts';
import type { EntityManager } from 'typeorm';
import { ALL_EVIDENCE_JOINS, ALL_EVIDENCE_SELECT, OUTCOME_SELECT, toOutcome, type OutcomeRow } from './outcome.mapper.js';

export type Queryable = Pick<EntityManager, 'query'>;

/** Full outcomes (all evidence) by id, in key order, in one query; inside a transaction pass its manager. */
export async function loadOutcomes(db: Queryable, ids: readonly string[]): Promise<Outcome[]> {
  if (ids.length === 0) return [];
  const rows: OutcomeRow[] = await db.query(
    `${OUTCOME_SELECT}, ${ALL_EVIDENCE_SELECT} FROM outcomes o ${ALL_EVIDENCE_JOINS} WHERE o.id = ANY($1::uuid[]) ORDER BY o.key`,
    [ids],
  );
  return rows.map(toOutcome);
}
