import type { SegmentFilter } from '@outcome-atlas/contracts';

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
