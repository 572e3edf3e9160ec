import type pg from 'pg';

export type ImportCounts = { created: number; updated: number; unchanged: number };

/**
 * Creates the new respondents and updates the others only where the file changes something: a blank segment keeps
 * the stored one, attributes are merged in. Unchanged rows are not touched (their updated_at stays). Leaves every
 * staged respondent's id in `import_respondent_ids`, numbered in id order, each KEY SHARE locked: ratings have no
 * foreign keys, so the lock is what makes deleting a respondent wait for the import (whose ratings its trigger then
 * removes).
 */
export async function writeRespondents(client: pg.ClientBase, projectId: string): Promise<ImportCounts> {
  // Existing respondents are locked before anything is written, so none can disappear between here and the ratings.
  await client.query(
    `CREATE TEMP TABLE import_respondent_map ON COMMIT DROP AS
     SELECT t.external_id, t.id FROM respondents t JOIN import_respondents i ON i.external_id = t.external_id
     WHERE t.project_id = $1 FOR KEY SHARE OF t`,
    [projectId],
  );
  const created = await client.query(
    `WITH created AS (
       INSERT INTO respondents (project_id, external_id, segment, attributes)
       SELECT $1, i.external_id, i.segment, coalesce(i.attributes, '{}') FROM import_respondents i
       WHERE NOT EXISTS (SELECT 1 FROM import_respondent_map m WHERE m.external_id = i.external_id)
       ORDER BY i.external_id
       ON CONFLICT (project_id, external_id) DO NOTHING
       RETURNING external_id, id)
     INSERT INTO import_respondent_map (external_id, id) SELECT external_id, id FROM created`,
    [projectId],
  );
  // Respondents another transaction created with the same external ids meanwhile (the insert above skipped them).
  await client.query(
    `INSERT INTO import_respondent_map (external_id, id)
     SELECT t.external_id, t.id FROM respondents t JOIN import_respondents i ON i.external_id = t.external_id
     WHERE t.project_id = $1 AND NOT EXISTS (SELECT 1 FROM import_respondent_map m WHERE m.external_id = i.external_id)
     FOR KEY SHARE OF t`,
    [projectId],
  );
  const updated = await client.query(
    `UPDATE respondents t SET segment = coalesce(i.segment, t.segment), attributes = t.attributes || coalesce(i.attributes, '{}'), updated_at = now()
     FROM import_respondent_map m JOIN import_respondents i ON i.external_id = m.external_id
     WHERE t.id = m.id
       AND (coalesce(i.segment, t.segment), t.attributes || coalesce(i.attributes, '{}')) IS DISTINCT FROM (t.segment, t.attributes)`,
  );
  const mapped = await client.query(
    `CREATE TEMP TABLE import_respondent_ids ON COMMIT DROP AS
     SELECT external_id, id, row_number() OVER (ORDER BY id)::int AS no FROM import_respondent_map`,
  );
  // A small analysed table, so the million-row joins below are planned as hash joins.
  await client.query('ANALYZE import_respondent_ids');
  return counts(mapped.rowCount, created.rowCount, updated.rowCount);
}

// The staged answers as typed ratings. Validation let through only the digits `1`–`5` (staging wrote `4.0` as `4`),
// and every answered row rates an outcome of the project (staging numbered it, validation checked it under lock).
// `position` is the primary-key order (outcome_id, respondent_id) as one bigint, from the outcome's and respondent's
// numbers (both numbered in id order): one bigint sorts about three times faster than a pair of uuids.
const STAGED_RATINGS = `
  SELECT o.id AS outcome_id, r.id AS respondent_id, l.importance::smallint AS importance, l.satisfaction::smallint AS satisfaction,
    (o.no::bigint << 32) | r.no AS position
  FROM import_lines l JOIN import_outcomes o ON o.no = l.outcome_no JOIN import_respondent_ids r ON r.external_id = l.respondent
  WHERE l.importance IS NOT NULL OR l.satisfaction IS NOT NULL`;

// The ratings of the import's outcomes only (an index scan), not the whole table.
const IMPORT_RATINGS = `x.outcome_id = ANY ((SELECT array_agg(id) FROM import_outcomes)::uuid[])`;

/**
 * Writes the staged ratings as survey answers, inserting in primary-key order (the index then grows at its end, and
 * is as compact as a fresh build). When none of the project's outcomes has ratings yet, that is one plain INSERT.
 * Otherwise one pass compares the file with the stored ratings and keeps only the differences, which are then
 * updated or inserted: re-importing a file changes nothing and costs one join. Concurrent writers are excluded by
 * the project's ratings lock and the outcomes' and respondents' KEY SHARE locks. updated_by stays null: survey
 * answers are the respondents'.
 */
export async function writeRatings(client: pg.ClientBase, projectId: string, stagedRatings: number): Promise<ImportCounts> {
  const empty = (await client.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM import_outcomes o JOIN ratings x ON x.outcome_id = o.id) AS empty'))
    .rows[0]!.empty;
  const insert = (rows: string) => `INSERT INTO ratings (outcome_id, respondent_id, project_id, importance, satisfaction, source)
    SELECT v.outcome_id, v.respondent_id, $1, v.importance, v.satisfaction, 'survey' FROM ${rows} ORDER BY v.position`;
  if (empty) {
    const created = await client.query(insert(`(${STAGED_RATINGS}) v`), [projectId]);
    return counts(stagedRatings, created.rowCount, 0);
  }
  await client.query(
    `CREATE TEMP TABLE import_changes ON COMMIT DROP AS
     SELECT v.*, x.outcome_id IS NOT NULL AS stored
     FROM (${STAGED_RATINGS}) v LEFT JOIN ratings x ON x.outcome_id = v.outcome_id AND x.respondent_id = v.respondent_id AND ${IMPORT_RATINGS}
     WHERE x.outcome_id IS NULL OR (x.importance, x.satisfaction, x.source) IS DISTINCT FROM (v.importance, v.satisfaction, 'survey')`,
  );
  await client.query('ANALYZE import_changes');
  const updated = await client.query(
    `UPDATE ratings x SET importance = v.importance, satisfaction = v.satisfaction, source = 'survey', updated_by = NULL, updated_at = now()
     FROM import_changes v
     WHERE v.stored AND x.outcome_id = v.outcome_id AND x.respondent_id = v.respondent_id AND ${IMPORT_RATINGS}`,
  );
  const created = await client.query(insert('import_changes v WHERE NOT v.stored'), [projectId]);
  return counts(stagedRatings, created.rowCount, updated.rowCount);
}

const counts = (total: number | null, created: number | null, updated: number | null): ImportCounts => ({
  created: created ?? 0,
  updated: updated ?? 0,
  unchanged: (total ?? 0) - (created ?? 0) - (updated ?? 0),
});
