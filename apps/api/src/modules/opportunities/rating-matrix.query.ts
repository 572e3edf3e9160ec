import type { OutcomeRating, RatingMatrix } from '@outcome-atlas/domain';
import type { EntityManager } from 'typeorm';

export type MatrixOutcome = { id: string; key: number; statement: string };

// Each answered cell travels as one big-endian int4: outcome position × 64 + importance × 8 + satisfaction
// (0 = not answered), concatenated per respondent into a bytea. A million ratings arrive as 2,000–5,000
// rows of bytes instead of a million rows (or a million parsed array elements).
const CELLS_SQL = `
  SELECT ra.respondent_id AS id,
    string_agg(int4send(((o.position - 1) * 64 + coalesce(ra.importance, 0) * 8 + coalesce(ra.satisfaction, 0))::int), ''::bytea) AS cells
  FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) JOIN ratings ra ON ra.outcome_id = o.id
  GROUP BY ra.respondent_id ORDER BY ra.respondent_id`;

/** Every possible cell, shared by all rows: a million answers need no million objects. */
const CELLS: readonly OutcomeRating[] = Array.from({ length: 64 }, (_, code) =>
  Object.freeze({ importance: code >> 3 || null, satisfaction: code & 7 || null }),
);

/** The matrix as it leaves PostgreSQL: one buffer of cells per respondent (cheap to hand to a worker thread). */
export type EncodedRatingMatrix = { respondentIds: string[]; outcomeIds: string[]; cells: Uint8Array[] };

/** The segmentation's matrix from its encoded cells. */
export function decodeRatingMatrix(encoded: EncodedRatingMatrix): RatingMatrix {
  const ratings = encoded.cells.map((cells) => {
    const row = new Array<OutcomeRating | undefined>(encoded.outcomeIds.length);
    const view = new DataView(cells.buffer, cells.byteOffset, cells.byteLength);
    for (let offset = 0; offset < cells.byteLength; offset += 4) {
      const cell = view.getInt32(offset);
      row[cell >> 6] = CELLS[cell & 63];
    }
    return row;
  });
  return { respondentIds: encoded.respondentIds, outcomeIds: encoded.outcomeIds, ratings };
}

/**
 * The answers of every respondent who rated an accepted outcome, encoded for the segmentation's matrix: the rated
 * accepted outcomes by key, respondents by id (so the same data always gives the same matrix, and the same seed the
 * same segments). Runs in the caller's transaction: the per-respondent aggregate gets the memory it needs there
 * (SET LOCAL), instead of spilling to disk.
 */
export async function loadRatingMatrix(manager: EntityManager, projectId: string): Promise<{ outcomes: MatrixOutcome[]; encoded: EncodedRatingMatrix }> {
  const outcomes: MatrixOutcome[] = await manager.query(
    `SELECT o.id, o.key, o.statement FROM outcomes o
     WHERE o.project_id = $1 AND o.status = 'accepted' AND EXISTS (SELECT 1 FROM ratings ra WHERE ra.outcome_id = o.id) ORDER BY o.key`,
    [projectId],
  );
  const outcomeIds = outcomes.map((outcome) => outcome.id);
  if (outcomes.length === 0) return { outcomes, encoded: { respondentIds: [], outcomeIds, cells: [] } };
  await manager.query(`SET LOCAL work_mem = '64MB'`);
  const rows: { id: string; cells: Buffer }[] = await manager.query(CELLS_SQL, [outcomeIds]);
  return { outcomes, encoded: { respondentIds: rows.map((row) => row.id), outcomeIds, cells: rows.map((row) => row.cells) } };
}
