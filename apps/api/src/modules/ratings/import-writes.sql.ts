import type pg from 'pg';

export type ImportCounts = { created: number; updated: number; unchanged: number };

/**
 * Creates the new respondents and updates the others only where the file changes something: a blank segment keeps
 * the stored one, attributes are merged in. Unchanged rows are not touched (their updated_at stays).
 */
export async function writeRespondents(client: pg.ClientBase, projectId: string): Promise<ImportCounts> {
  const updated = await client.query(
    `UPDATE respondents t SET segment = coalesce(i.segment, t.segment), attributes = t.attributes || coalesce(i.attributes, '{}'), updated_at = now()
     FROM import_respondents i
     WHERE t.project_id = $1 AND t.external_id = i.external_id
       AND (coalesce(i.segment, t.segment), t.attributes || coalesce(i.attributes, '{}')) IS DISTINCT FROM (t.segment, t.attributes)`,
    [projectId],
  );
  const created = await client.query(
    `INSERT INTO respondents (project_id, external_id, segment, attributes)
     SELECT $1, i.external_id, i.segment, coalesce(i.attributes, '{}') FROM import_respondents i
     WHERE NOT EXISTS (SELECT 1 FROM respondents t WHERE t.project_id = $1 AND t.external_id = i.external_id)
     ORDER BY i.external_id
     ON CONFLICT (project_id, external_id) DO NOTHING`,
    [projectId],
  );
  // The ids the ratings need, in a small analysed table so the 1 M-row join below is planned as a hash join.
  const mapped = await client.query(
    `CREATE TEMP TABLE import_respondent_ids ON COMMIT DROP AS
     SELECT t.external_id, t.id FROM respondents t JOIN import_respondents i ON i.external_id = t.external_id WHERE t.project_id = $1`,
    [projectId],
  );
  await client.query('ANALYZE import_respondent_ids');
  return counts(mapped.rowCount, created.rowCount, updated.rowCount);
}

// The staged answers as typed ratings. Validation let through only `1`–`5` (or `4.0`), so the first character is the answer.
const STAGED_RATINGS = `
  SELECT o.id AS outcome_id, r.id AS respondent_id, left(l.importance, 1)::smallint AS importance, left(l.satisfaction, 1)::smallint AS satisfaction
  FROM import_lines l JOIN import_outcomes o ON o.ref = lower(l.outcome) JOIN import_respondent_ids r ON r.external_id = l.respondent
  WHERE l.importance IS NOT NULL OR l.satisfaction IS NOT NULL`;

/**
 * Writes the staged ratings as survey answers. A project without ratings takes one plain INSERT in primary-key
 * order; otherwise only ratings that differ are updated and the missing ones inserted, so re-importing a file
 * changes nothing. Concurrent writers are excluded by the project's ratings lock and the outcomes' KEY SHARE locks.
 * updated_by stays null: survey answers are the respondents', and leaving it out spares a foreign-key check per row.
 */
export async function writeRatings(client: pg.ClientBase, projectId: string, stagedRatings: number): Promise<ImportCounts> {
  const empty = (await client.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM ratings WHERE project_id = $1) AS empty', [projectId])).rows[0]!.empty;
  const insert = `INSERT INTO ratings (outcome_id, respondent_id, project_id, importance, satisfaction, source)
    SELECT v.outcome_id, v.respondent_id, $1, v.importance, v.satisfaction, 'survey' FROM (${STAGED_RATINGS}) v`;
  if (empty) {
    const created = await client.query(`${insert} ORDER BY v.outcome_id, v.respondent_id`, [projectId]);
    return counts(stagedRatings, created.rowCount, 0);
  }
  const updated = await client.query(
    `UPDATE ratings x SET importance = v.importance, satisfaction = v.satisfaction, source = 'survey', updated_by = NULL, updated_at = now()
     FROM (${STAGED_RATINGS}) v
     WHERE x.outcome_id = v.outcome_id AND x.respondent_id = v.respondent_id
       AND (x.importance, x.satisfaction, x.source) IS DISTINCT FROM (v.importance, v.satisfaction, 'survey')`,
  );
  const created = await client.query(
    `${insert} WHERE NOT EXISTS (SELECT 1 FROM ratings x WHERE x.outcome_id = v.outcome_id AND x.respondent_id = v.respondent_id)
     ORDER BY v.outcome_id, v.respondent_id`,
    [projectId],
  );
  return counts(stagedRatings, created.rowCount, updated.rowCount);
}

const counts = (total: number | null, created: number | null, updated: number | null): ImportCounts => ({
  created: created ?? 0,
  updated: updated ?? 0,
  unchanged: (total ?? 0) - (created ?? 0) - (updated ?? 0),
});
