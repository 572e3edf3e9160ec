import { parseSegmentFilter, type SegmentFilter } from '@outcome-atlas/contracts';
import { AppError } from '../../common/app-error.js';

export type SegmentFilterSqlOptions = {
  /** Alias of the `respondents` table in the caller's query, e.g. `r`. */
  alias: string;
  /** The project the respondents belong to; a saved segment of another project selects nobody. */
  projectId: string;
  /** Placeholders already used by the caller's query: the predicate's own start at `$<paramOffset + 1>`. */
  paramOffset: number;
};

/**
 * A SQL predicate over a respondents row selecting a segment (parse the filter with `parseSegmentFilter`).
 * Labels and attributes match case-insensitively on exactly the folded expressions that
 * respondents_segment_idx and respondents_attributes_idx are built on, so both indexes apply.
 */
export function segmentFilterSql(filter: SegmentFilter, options: SegmentFilterSqlOptions): { sql: string; params: unknown[] } {
  const r = options.alias;
  const $ = (position: number) => `$${options.paramOffset + position}`;
  switch (filter.kind) {
    case 'label':
      return { sql: `lower(${r}.segment) = lower(${$(1)}::text)`, params: [filter.label] };
    case 'attribute':
      return {
        sql: `lower(${r}.attributes::text)::jsonb @> jsonb_build_object(lower(${$(1)}::text), lower(${$(2)}::text))`,
        params: [filter.name, filter.value],
      };
    case 'saved':
      return {
        sql: `EXISTS (SELECT 1 FROM saved_segment_members m JOIN saved_segments s ON s.id = m.segment_id
          WHERE m.segment_id = ${$(1)}::uuid AND s.project_id = ${$(2)}::uuid AND m.respondent_id = ${r}.id)`,
        params: [filter.segmentId, options.projectId],
      };
  }
}

/** Parses a segment query value (`segment`, or `a`/`b` of a comparison); a malformed `saved:` id is a 400 naming the field. */
export function segmentScope(filter: string | undefined, field = 'segment'): SegmentFilter | null {
  if (filter === undefined) return null;
  const parsed = parseSegmentFilter(filter);
  if (!parsed) {
    throw new AppError(400, 'VALIDATION_FAILED', `Invalid query: ${field}: a saved segment is named by its id, as saved:<uuid>`, [
      { path: field, message: 'saved: must be followed by a segment id (a UUID)' },
    ]);
  }
  return parsed;
}
