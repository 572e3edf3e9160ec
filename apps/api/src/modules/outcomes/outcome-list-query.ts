import type { ListProjectOutcomesQuery, OutcomeSort } from '@outcome-atlas/contracts';
import { normalizeOutcomeStatement } from '@outcome-atlas/domain';
import { decodeCursor, PG_TIMESTAMP } from '../../common/cursor.js';
import { ALL_EVIDENCE_JOINS, ALL_EVIDENCE_SELECT, OUTCOME_SELECT } from './outcome.mapper.js';

type SortSpec = { value: string; type: 'integer' | 'real' | 'timestamptz'; descending: boolean };

// Ties break on key in the same direction, so (value, key) is one row comparison that an index such as
// outcomes_project_updated_idx (project_id, updated_at, key) can walk either way. Outcomes without a
// confidence (manual ones) come last in both directions: the sentinels lie outside 0..1.
const SORTS: Record<OutcomeSort, SortSpec> = {
  key: { value: 'o.key', type: 'integer', descending: false },
  '-key': { value: 'o.key', type: 'integer', descending: true },
  confidence: { value: 'coalesce(o.confidence, 2)', type: 'real', descending: false },
  '-confidence': { value: 'coalesce(o.confidence, -1)', type: 'real', descending: true },
  updatedAt: { value: 'o.updated_at', type: 'timestamptz', descending: false },
  '-updatedAt': { value: 'o.updated_at', type: 'timestamptz', descending: true },
};

/** Keyset cursor: the sort it belongs to, the last row's sort value in PostgreSQL's text form, and its key. */
export type OutcomeListCursor = { s: OutcomeSort; v: string; k: number };

// The value goes back to PostgreSQL as a typed parameter; a tampered cursor must fail here (400), not there (500).
const VALUE_FORMAT: Record<SortSpec['type'], RegExp> = {
  integer: /^-?\d{1,10}$/,
  real: /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i,
  timestamptz: PG_TIMESTAMP,
};

const isCursorFor =
  (sort: OutcomeSort) =>
  (value: unknown): value is OutcomeListCursor => {
    const cursor = value as Partial<OutcomeListCursor> | null;
    return (
      typeof cursor === 'object' &&
      cursor !== null &&
      cursor.s === sort &&
      typeof cursor.v === 'string' &&
      VALUE_FORMAT[SORTS[sort].type].test(cursor.v) &&
      Number.isInteger(cursor.k) &&
      Math.abs(cursor.k ?? 0) < 2 ** 31
    );
  };

/** The words of `q` in the form statements are stored in (normalized_statement), each to be found as a substring. */
function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = normalizeOutcomeStatement(q).split(' ').filter((word) => word !== '');
  return [...new Set(words)].slice(0, 10).map((word) => word.replace(/[\\%_]/g, '\\$&'));
}

/**
 * One query for a page of a project's outcomes: the filters and keyset pick the page's ids (LIMIT inside the
 * CTE, so evidence is aggregated only for the rows returned), then each is joined to all its evidence.
 * Only the filters in use appear in the SQL, so each plan is made for exactly the predicates present.
 */
export function buildOutcomeListQuery(projectId: string, query: ListProjectOutcomesQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [projectId];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = ['o.project_id = $1'];
  if (query.status) where.push(`o.status = ANY(${param(query.status)}::text[])`);
  if (query.jobStepId === 'none') where.push('o.job_step_id IS NULL');
  else if (query.jobStepId) where.push(`o.job_step_id = ${param(query.jobStepId)}::uuid`);
  if (query.personaId) {
    where.push(
      `o.id IN (SELECT e.outcome_id FROM interviews i JOIN outcome_evidence e ON e.interview_id = i.id
        WHERE i.project_id = $1 AND i.persona_id = ${param(query.personaId)}::uuid)`,
    );
  }
  if (query.hasLintIssues !== undefined) where.push(`o.lint_issues ${query.hasLintIssues ? '<>' : '='} '[]'::jsonb`);
  if (query.hasDuplicates !== undefined) {
    // The same rule as the flag itself: a duplicate merged away does not count.
    where.push(`${query.hasDuplicates ? '' : 'NOT '}EXISTS (SELECT 1 FROM outcomes d WHERE d.id = o.possible_duplicate_of AND d.status <> 'merged')`);
  }
  for (const word of searchWords(query.q)) where.push(`o.normalized_statement LIKE ${param(`%${word}%`)}`);

  const sort = SORTS[query.sort];
  const cursor = decodeCursor(query.cursor, isCursorFor(query.sort));
  const comparison = sort.descending ? '<' : '>';
  if (cursor && sort.value === 'o.key') where.push(`o.key ${comparison} ${param(cursor.k)}::integer`);
  else if (cursor) where.push(`(${sort.value}, o.key) ${comparison} (${param(cursor.v)}::${sort.type}, ${param(cursor.k)}::integer)`);

  const direction = sort.descending ? 'DESC' : 'ASC';
  const order = `${sort.value} ${direction}, o.key ${direction}`;
  const sql = `WITH page AS (SELECT o.id FROM outcomes o WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${param(query.limit + 1)})
    ${OUTCOME_SELECT}, ${ALL_EVIDENCE_SELECT}, (${sort.value})::text AS sort_value
    FROM page JOIN outcomes o ON o.id = page.id ${ALL_EVIDENCE_JOINS}
    ORDER BY ${order}`;
  return { sql, params };
}
