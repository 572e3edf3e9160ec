import type { OpportunityZoneName, Segmentation } from '@outcome-atlas/contracts';
import { iso } from '../../common/iso.js';
import { outcomeKey } from '../outcomes/outcome.mapper.js';

/** A top opportunity as saved_segments.top_opportunities keeps it, with the outcome's current key and statement. */
type StoredTopOpportunity = {
  outcomeId: string;
  rank: number;
  importance: number;
  satisfaction: number;
  opportunity: number;
  zone: OpportunityZoneName;
  key: number;
  statement: string;
};

export type SegmentationRow = {
  id: string;
  project_id: string;
  name: string;
  k: number;
  seed: number;
  chosen_by: 'given' | 'silhouette';
  silhouette: number;
  silhouette_by_k: { k: number; silhouette: number }[];
  respondent_count: number;
  outcome_count: number;
  created_at: Date;
  cursor_at: string;
  segments: { id: string; name: string; position: number; size: number; share: number; top: StoredTopOpportunity[] }[];
};

/**
 * Segmentations with their segments and each segment's top opportunities, in one statement: the nested
 * aggregates run per segmentation row inside PostgreSQL, so a page costs one round trip, not one per row.
 * A top opportunity whose outcome was deleted since is left out.
 */
export const SEGMENTATION_SELECT = `SELECT g.id, g.project_id, g.name, g.k, g.seed, g.chosen_by, g.silhouette, g.silhouette_by_k,
    g.respondent_count, g.outcome_count, g.created_at, g.created_at::text AS cursor_at,
    coalesce((
      SELECT jsonb_agg(jsonb_build_object('id', s.id, 'name', s.name, 'position', s.position, 'size', s.size, 'share', s.share,
        'top', (SELECT coalesce(jsonb_agg(t.value || jsonb_build_object('key', o.key, 'statement', o.statement) ORDER BY t.ordinality), '[]')
                FROM jsonb_array_elements(s.top_opportunities) WITH ORDINALITY AS t(value, ordinality)
                JOIN outcomes o ON o.id = (t.value ->> 'outcomeId')::uuid)) ORDER BY s.position)
      FROM saved_segments s WHERE s.segmentation_id = g.id), '[]') AS segments
  FROM segmentations g`;

export const toSegmentation = (row: SegmentationRow): Segmentation => ({
  id: row.id,
  projectId: row.project_id,
  name: row.name,
  k: row.k,
  seed: row.seed,
  chosenBy: row.chosen_by,
  silhouette: row.silhouette,
  silhouetteByK: row.silhouette_by_k,
  respondents: row.respondent_count,
  outcomes: row.outcome_count,
  segments: row.segments.map((segment) => ({
    id: segment.id,
    name: segment.name,
    index: segment.position,
    size: segment.size,
    share: segment.share,
    filter: `saved:${segment.id}`,
    topOpportunities: segment.top.map((top) => ({
      outcomeId: top.outcomeId,
      key: outcomeKey(top.key),
      statement: top.statement,
      rank: top.rank,
      importance: top.importance,
      satisfaction: top.satisfaction,
      opportunity: top.opportunity,
      zone: top.zone,
    })),
  })),
  createdAt: iso(row.created_at),
});
