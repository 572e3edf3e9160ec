import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SegmentOption } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';

/** At most this many options in all; an attribute with more distinct values than MAX_ATTRIBUTE_VALUES is left out. */
export const MAX_SEGMENT_OPTIONS = 200;
export const MAX_ATTRIBUTE_VALUES = 20;

// Labels and attribute values group case-insensitively (as the filters match) and show their most common spelling.
// Values that parseSegmentFilter would read differently (an `=` in a label, a `saved:` prefix, padding it
// trims) cannot be offered as a filter, so they are left out rather than offered broken.
const SEGMENT_OPTIONS_SQL = `
  WITH labels AS (
    SELECT mode() WITHIN GROUP (ORDER BY r.segment) AS label, count(*)::int AS respondents FROM respondents r
    WHERE r.project_id = $1 AND r.segment IS NOT NULL AND r.segment = btrim(r.segment) AND r.segment <> ''
      AND strpos(r.segment, '=') = 0 AND lower(r.segment) NOT LIKE 'saved:%'
    GROUP BY lower(r.segment)),
  pairs AS (
    SELECT lower(a.key) AS name_key, mode() WITHIN GROUP (ORDER BY a.key) AS name, mode() WITHIN GROUP (ORDER BY a.value) AS value,
      count(*)::int AS respondents
    FROM respondents r CROSS JOIN LATERAL jsonb_each_text(r.attributes) a
    WHERE r.project_id = $1 AND a.key = btrim(a.key) AND a.key <> '' AND strpos(a.key, '=') = 0 AND a.value = btrim(a.value)
    GROUP BY lower(a.key), lower(a.value)),
  attributes AS (
    SELECT p.* FROM pairs p
    WHERE p.name_key IN (SELECT q.name_key FROM pairs q GROUP BY q.name_key HAVING count(*) <= $2)),
  saved AS (
    SELECT s.id, s.name, g.created_at, s.position, count(m.respondent_id)::int AS respondents
    FROM saved_segments s JOIN segmentations g ON g.id = s.segmentation_id
    LEFT JOIN saved_segment_members m ON m.segment_id = s.id
    WHERE s.project_id = $1 GROUP BY s.id, g.created_at)
  SELECT kind, filter, label, respondents FROM (
    SELECT 1 AS part, 'label' AS kind, label AS filter, label, respondents, NULL::timestamptz AS created_at, lower(label) AS sort_key, 0 AS position FROM labels
    UNION ALL
    SELECT 2, 'attribute', name || '=' || value, name || ': ' || value, respondents, NULL, name_key, 0 FROM attributes
    UNION ALL
    SELECT 3, 'saved', 'saved:' || id, name, respondents, created_at, '', position FROM saved) options
  ORDER BY part, created_at DESC, position, sort_key, filter
  LIMIT $3`;

@Injectable()
export class SegmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Labels, attribute values and saved segments with their respondent counts, in one query. */
  async list(caller: Caller, projectId: string): Promise<{ items: SegmentOption[] }> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const items: SegmentOption[] = await this.db.query(SEGMENT_OPTIONS_SQL, [projectId, MAX_ATTRIBUTE_VALUES, MAX_SEGMENT_OPTIONS]);
    return { items };
  }
}
