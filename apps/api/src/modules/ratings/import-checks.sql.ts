import type { ImportRatingsQuery, ImportRejectionDetails, RejectedLine } from '@outcome-atlas/contracts';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { STAGING_COPY_SQL, type RepeatedCell, type StagedField, type StagingLayout } from './import-staging.js';

const MAX_REJECTED = 1000;

/**
 * The outcomes staging numbered (`outcomeIds`, the outcomes as loaded when the upload began, numbered from 1), as
 * they are now: the project's outcomes are KEY SHARE locked first (one statement), so that no merge or delete changes
 * them before the transaction ends. Ratings have no foreign keys: this lock is what makes deleting an outcome wait for
 * the import. An outcome deleted meanwhile keeps its number and id, with a null status. And the staged respondents,
 * one row each.
 */
export async function prepareImportTables(client: pg.ClientBase, projectId: string, outcomeIds: readonly string[]): Promise<void> {
  await client.query('SELECT 1 FROM outcomes WHERE project_id = $1 ORDER BY id FOR KEY SHARE', [projectId]);
  await client.query(
    `CREATE TEMP TABLE import_outcomes ON COMMIT DROP AS
     SELECT s.no::int AS no, s.id, 'O-' || o.key AS key, o.status, 'O-' || m.key AS merged_into_key
     FROM unnest($2::uuid[]) WITH ORDINALITY AS s(id, no)
     LEFT JOIN outcomes o ON o.id = s.id AND o.project_id = $1 LEFT JOIN outcomes m ON m.id = o.merged_into_id`,
    [projectId, outcomeIds],
  );
  // Segments and attribute sets that differ between a respondent's lines are rejected below, so min() picks the one given.
  await client.query(
    `CREATE TEMP TABLE import_respondents ON COMMIT DROP AS
     SELECT respondent AS external_id, min(line) AS first_line, count(*)::int AS lines,
       min(segment) AS segment, max(segment) AS other_segment, min(attributes::text)::jsonb AS attributes
     FROM import_lines WHERE profile GROUP BY respondent`,
  );
  await client.query('ANALYZE import_outcomes, import_respondents');
}

/** One problem of one field of one line; `other_line`/`other_value` name what it clashes with. */
type Problem = {
  line: number;
  field: StagedField;
  code: string;
  value: string | null;
  other_line: number | null;
  other_value: string | null;
  outcome_id: string | null;
  outcome_key: string | null;
  merged_into_key: string | null;
  total: string;
};

/** Answers as the file may write them: a whole number 1–5 (`4.0` too); anything else names its problem. */
const answerProblem = (value: string) => `CASE WHEN ${value} IS NULL OR ${value} IN ('1', '2', '3', '4', '5') OR ${value} ~ '^[1-5]\\.0+$' THEN NULL
  WHEN ${value} ~ '^[+-]?[0-9]+(\\.0+)?$' THEN 'RATING_OUT_OF_RANGE' ELSE 'RATING_NOT_A_NUMBER' END`;

const page = (sql: string) => `SELECT p.*, count(*) OVER () AS total FROM (${sql}) p ORDER BY p.line LIMIT ${MAX_REJECTED}`;

// The rows staging flagged as suspect, and those rating an outcome merged or deleted since the upload began ($1:
// usually none; their cells are staged then), are classified per field; the other rows are valid. `outcome_no` is
// null on a profile row and on a long line naming no outcome of the project. A cell staged twice (a suspect long line
// whose outcome then vanished) is classified once.
const ROW_PROBLEMS = page(`
  WITH suspects AS (
    SELECT DISTINCT ON (l.line, l.outcome_no) l.*, o.id AS outcome_id, o.key AS outcome_key, o.status, o.merged_into_key
    FROM import_lines l LEFT JOIN import_outcomes o ON o.no = l.outcome_no
    WHERE l.suspect OR l.outcome_no = ANY($1::int[])
    ORDER BY l.line, l.outcome_no, l.profile DESC)
  SELECT s.line, f.field, f.code, f.value, NULL::int AS other_line, NULL AS other_value, s.outcome_id, s.outcome_key, s.merged_into_key
  FROM suspects s CROSS JOIN LATERAL (VALUES
    ('respondent', CASE WHEN NOT s.profile THEN NULL WHEN s.respondent = '' THEN 'RESPONDENT_ID_MISSING' WHEN length(s.respondent) > 200 THEN 'VALUE_TOO_LONG' END, s.respondent),
    ('outcome', CASE WHEN (s.outcome IS NOT NULL OR s.outcome_no IS NOT NULL) AND s.status IS NULL THEN 'UNKNOWN_OUTCOME' WHEN s.status = 'merged' THEN 'OUTCOME_MERGED' END,
      coalesce(s.outcome, s.outcome_id::text)),
    ('importance', ${answerProblem('s.importance')}, s.importance),
    ('satisfaction', ${answerProblem('s.satisfaction')}, s.satisfaction),
    ('segment', CASE WHEN s.profile AND length(s.segment) > 100 THEN 'VALUE_TOO_LONG' END, s.segment)
  ) AS f(field, code, value)
  WHERE f.code IS NOT NULL
  UNION ALL
  SELECT s.line, 'attribute', 'VALUE_TOO_LONG', a.key, NULL, NULL, NULL, NULL, NULL
  FROM suspects s CROSS JOIN LATERAL jsonb_each_text(s.attributes) a WHERE s.profile AND length(a.value) > 500`);

// A respondent's lines must agree on the segment: each line naming another segment than the first is rejected.
const SEGMENT_CONFLICTS = page(`
  SELECT l.line, 'segment' AS field, 'SEGMENT_CONFLICT' AS code, l.segment AS value, f.line AS other_line, f.segment AS other_value,
    NULL::uuid AS outcome_id, NULL AS outcome_key, NULL AS merged_into_key
  FROM (SELECT DISTINCT ON (l.respondent) l.respondent, l.line, l.segment
        FROM import_lines l JOIN import_respondents r ON r.external_id = l.respondent AND r.segment <> r.other_segment
        WHERE l.profile AND l.segment IS NOT NULL AND l.respondent <> '' ORDER BY l.respondent, l.line) f
  JOIN import_lines l ON l.respondent = f.respondent AND l.profile AND l.segment <> f.segment`);

// Wide: one line per respondent.
const REPEATED_RESPONDENTS = page(`
  SELECT l.line, 'respondent' AS field, 'DUPLICATE_RESPONDENT' AS code, l.respondent AS value, r.first_line AS other_line, NULL AS other_value,
    NULL::uuid AS outcome_id, NULL AS outcome_key, NULL AS merged_into_key
  FROM import_respondents r JOIN import_lines l ON l.respondent = r.external_id AND l.profile AND l.line > r.first_line
  WHERE r.lines > 1 AND r.external_id <> ''`);

/** Every problem of the staged file, first 1,000 in file order; null when it can be imported. */
export async function findRejections(
  client: pg.ClientBase,
  format: ImportRatingsQuery['format'],
  layout: StagingLayout,
  header: readonly string[],
  outcomes: readonly { id: string; key: string }[],
): Promise<ImportRejectionDetails | null> {
  // The outcomes the file rates, checked again now that they are locked: the file was parsed against them unlocked.
  const summary = (
    await client.query<{ conflicts: number; repeated: number; outcomes_gone: number[] }>(
      `SELECT count(*) FILTER (WHERE segment <> other_segment)::int AS conflicts, count(*) FILTER (WHERE lines > 1)::int AS repeated,
         (SELECT coalesce(array_agg(o.no), '{}') FROM import_outcomes o WHERE o.no = ANY($1::int[]) AND (o.status IS NULL OR o.status = 'merged')) AS outcomes_gone
       FROM import_respondents`,
      [layout.ratedOutcomes()],
    )
  ).rows[0]!;
  if (summary.outcomes_gone.length > 0) await stageRows(client, layout.cellRows(summary.outcomes_gone));
  const queries: [string, unknown[]][] = [[ROW_PROBLEMS, [summary.outcomes_gone]]];
  if (summary.conflicts > 0) queries.push([SEGMENT_CONFLICTS, []]);
  if (format === 'wide' && summary.repeated > 0) queries.push([REPEATED_RESPONDENTS, []]);
  const problems: Problem[] = layout.repeated.first.map((cell) => repeatedProblem(cell, outcomes));
  let total = layout.repeated.total;
  for (const [sql, params] of queries) {
    const { rows } = await client.query<Problem>(sql, params);
    total += Number(rows[0]?.total ?? 0);
    problems.push(...rows);
  }
  if (total === 0) return null;
  const position = (rejected: RejectedLine) => (rejected.column === null ? -1 : header.indexOf(rejected.column));
  const rejected = problems
    .map((problem) => toRejectedLine(problem, layout))
    .sort((a, b) => a.line - b.line || position(a) - position(b))
    .slice(0, MAX_REJECTED);
  return { rejectedCount: total, rejected };
}

async function stageRows(client: pg.ClientBase, rows: string): Promise<void> {
  if (rows !== '') await pipeline(Readable.from([rows]), client.query(copyFrom(STAGING_COPY_SQL)));
}

// Long: one line per respondent and outcome, however the outcome is named (key or id: staging numbered both alike).
const repeatedProblem = (cell: RepeatedCell, outcomes: readonly { id: string; key: string }[]): Problem => ({
  line: cell.line,
  field: 'outcome',
  code: 'DUPLICATE_RATING',
  value: cell.respondent,
  other_line: cell.firstLine,
  other_value: null,
  outcome_id: outcomes[cell.outcomeNo - 1]!.id,
  outcome_key: outcomes[cell.outcomeNo - 1]!.key,
  merged_into_key: null,
  total: '0',
});

const shown = (value: string | null) => JSON.stringify(value !== null && value.length > 60 ? `${value.slice(0, 57)}...` : value);

function toRejectedLine(problem: Problem, layout: StagingLayout): RejectedLine {
  const column = layout.columnOf(problem.field, { outcomeId: problem.outcome_id, attribute: problem.value });
  return { line: problem.line, column, code: problem.code, reason: reason(problem) };
}

function reason(problem: Problem): string {
  const value = problem.value ?? '';
  switch (problem.code) {
    case 'RESPONDENT_ID_MISSING':
      return 'The respondent id is empty';
    case 'VALUE_TOO_LONG':
      if (problem.field === 'attribute') return `The value of ${shown(value)} is longer than 500 characters`;
      return problem.field === 'respondent' ? `The respondent id has ${value.length} characters; at most 200` : `The segment has ${value.length} characters; at most 100`;
    case 'UNKNOWN_OUTCOME':
      return `${shown(value)} is not the key or id of an outcome of this project`;
    case 'OUTCOME_MERGED':
      return `${problem.outcome_key} was merged into ${problem.merged_into_key ?? 'another outcome'}; rate that outcome instead`;
    case 'RATING_OUT_OF_RANGE':
    case 'RATING_NOT_A_NUMBER':
      return `${problem.field} must be a whole number from 1 to 5, got ${shown(value)}`;
    case 'SEGMENT_CONFLICT':
      return `The respondent's segment is ${shown(problem.other_value)} on line ${problem.other_line} and ${shown(value)} here; a respondent has one segment`;
    case 'DUPLICATE_RESPONDENT':
      return `Respondent ${shown(value)} is already on line ${problem.other_line}; the wide format has one line per respondent`;
    case 'DUPLICATE_RATING':
      return `Respondent ${shown(value)} already rated ${problem.outcome_key} on line ${problem.other_line}`;
    default:
      return problem.code;
  }
}
