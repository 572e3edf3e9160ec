import type { OutcomeRating, RatingMatrix } from '@outcome-atlas/domain';
import type { EntityManager } from 'typeorm';
import { SCOPE_MASK_CTE } from './outcome-counts.query.js';

export type MatrixOutcome = { id: string; key: number; statement: string };

/**
 * The accepted outcomes that a respondent who exists rated (either answer's bit set at their slot, see
 * 1765000000000-packed-answers), by key, with their packed answer strings: one row per outcome, a million answers
 * are a few hundred rows of text. The mask of the project's respondents (as for the backlog) keeps a slot that
 * belongs to no respondent from making an outcome count as rated.
 */
const OUTCOMES_SQL = `
  WITH chosen AS MATERIALIZED (SELECT r.slot FROM respondents r WHERE r.project_id = $1), ${SCOPE_MASK_CTE}
  SELECT o.id, o.key, o.statement, a.importance, a.satisfaction, a.sources
  FROM outcomes o JOIN outcome_answers a ON a.outcome_id = o.id CROSS JOIN scope
  WHERE o.project_id = $1 AND o.status = 'accepted' AND masked_bit_count(a.importance_answered | a.satisfaction_answered, scope.mask) > 0
  ORDER BY o.key`;

/** The project's respondents by id, as two parallel arrays (one row, whatever their number). */
const RESPONDENTS_SQL = `
  SELECT coalesce(array_agg(r.id ORDER BY r.id), '{}')::text[] AS ids, coalesce(array_agg(r.slot ORDER BY r.id), '{}')::int[] AS slots
  FROM respondents r WHERE r.project_id = $1`;

/** Every possible cell (importance × 8 + satisfaction, 0 = not answered), shared by all rows: a million answers need no million objects. */
const CELLS: readonly OutcomeRating[] = Array.from({ length: 64 }, (_, code) =>
  Object.freeze({ importance: code >> 3 || null, satisfaction: code & 7 || null }),
);

const ZERO = 0x30; // '0'
const SURVEY = 0x73; // 's'
const WORKSHOP = 0x77; // 'w'

/** Whether the source character at string index `index` is a rating (past the end of a string: no rating). */
const isRated = (sources: string, index: number): boolean => {
  const code = sources.charCodeAt(index);
  return code === SURVEY || code === WORKSHOP;
};

/**
 * The matrix as it leaves PostgreSQL: the outcomes' packed strings, in `outcomeIds` order, and the rows' respondents
 * with their slots (character `slots[r] - 1` of an outcome's strings is respondent `r`'s answer). A few hundred
 * strings and one Int32Array: cheap to hand to a worker thread, which transposes them into the domain's rows.
 */
export type EncodedRatingMatrix = {
  respondentIds: string[];
  slots: Int32Array;
  outcomeIds: string[];
  importance: string[];
  satisfaction: string[];
  sources: string[];
};

/** The segmentation's matrix from the packed strings: one row per respondent, a shared cell per rated outcome. */
export function decodeRatingMatrix(encoded: EncodedRatingMatrix): RatingMatrix {
  const { slots, importance, satisfaction, sources } = encoded;
  const outcomes = encoded.outcomeIds.length;
  const ratings = Array.from(slots, (slot) => {
    const index = slot - 1;
    const row = new Array<OutcomeRating | undefined>(outcomes);
    for (let o = 0; o < outcomes; o += 1) {
      if (!isRated(sources[o]!, index)) continue;
      row[o] = CELLS[(importance[o]!.charCodeAt(index) - ZERO) * 8 + (satisfaction[o]!.charCodeAt(index) - ZERO)];
    }
    return row;
  });
  return { respondentIds: encoded.respondentIds, outcomeIds: encoded.outcomeIds, ratings };
}

/**
 * The answers of every respondent who rated an accepted outcome, encoded for the segmentation's matrix: the rated
 * accepted outcomes by key, respondents by id (so the same data always gives the same matrix, and the same seed the
 * same segments). Two reads: run it in a REPEATABLE READ transaction, so that both see one snapshot.
 */
export async function loadRatingMatrix(manager: EntityManager, projectId: string): Promise<{ outcomes: MatrixOutcome[]; encoded: EncodedRatingMatrix }> {
  const rows: (MatrixOutcome & { importance: string; satisfaction: string; sources: string })[] = await manager.query(OUTCOMES_SQL, [projectId]);
  const outcomes = rows.map(({ id, key, statement }): MatrixOutcome => ({ id, key, statement }));
  const encoded: EncodedRatingMatrix = {
    respondentIds: [],
    slots: new Int32Array(0),
    outcomeIds: rows.map((row) => row.id),
    importance: rows.map((row) => row.importance),
    satisfaction: rows.map((row) => row.satisfaction),
    sources: rows.map((row) => row.sources),
  };
  if (rows.length === 0) return { outcomes, encoded };
  const [respondents]: { ids: string[]; slots: number[] }[] = await manager.query(RESPONDENTS_SQL, [projectId]);
  // A respondent is a row when they rated at least one of the outcomes (most did: the scan stops at the first).
  const rated = respondents!.slots.map((slot) => encoded.sources.some((sources) => isRated(sources, slot - 1)));
  encoded.respondentIds = respondents!.ids.filter((_, index) => rated[index]);
  encoded.slots = Int32Array.from(respondents!.slots.filter((_, index) => rated[index]));
  return { outcomes, encoded };
}
