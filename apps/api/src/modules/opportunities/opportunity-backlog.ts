import type { ListOpportunitiesQuery, OpportunityItem } from '@outcome-atlas/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor } from '../../common/cursor.js';
import { UUID_PATTERN } from '../../common/ids.js';
import { isoFromTimestamptz } from '../../common/iso.js';
import { outcomeKey } from '../outcomes/outcome.mapper.js';
import { EMPTY_CHAIN, loadOutcomeChains, type OutcomeChain } from './opportunity-chain.query.js';
import type { OpportunityCsvRow } from './opportunity-csv.js';
import { toScoreFields, type RankedOutcome } from './opportunity-ranking.js';

/** Keyset cursor in rank order: the last item's opportunity and importance (full precision) and its id. */
export type BacklogCursor = { o: number; i: number; id: string };

const isBacklogCursor = (value: unknown): value is BacklogCursor => {
  const cursor = value as Partial<BacklogCursor> | null;
  return (
    typeof cursor === 'object' &&
    cursor !== null &&
    typeof cursor.o === 'number' &&
    Number.isFinite(cursor.o) &&
    typeof cursor.i === 'number' &&
    Number.isFinite(cursor.i) &&
    typeof cursor.id === 'string' &&
    UUID_PATTERN.test(cursor.id)
  );
};

/** Strictly after the cursor in rankOpportunities' order: opportunity desc, importance desc, id asc. */
const isAfter = (item: RankedOutcome, cursor: BacklogCursor) =>
  item.score.opportunity < cursor.o ||
  (item.score.opportunity === cursor.o && (item.score.importance < cursor.i || (item.score.importance === cursor.i && item.id > cursor.id)));

/** `zone` and `minOpportunity` hide rows of the ranked backlog; they never re-rank it. */
export function filterBacklog(ranked: readonly RankedOutcome[], query: Pick<ListOpportunitiesQuery, 'zone' | 'minOpportunity'>): RankedOutcome[] {
  const zones = query.zone ? new Set<string>(query.zone) : null;
  const minOpportunity = query.minOpportunity;
  return ranked.filter((item) => (!zones || zones.has(item.score.zone)) && (minOpportunity === undefined || item.score.opportunity >= minOpportunity));
}

/**
 * The page after the cursor. Keyset rather than offset: the cursor names a position in the total order, so a
 * page boundary never repeats or skips an item, and a cursor stays meaningful when scores move in between.
 */
export function backlogPage(items: readonly RankedOutcome[], query: Pick<ListOpportunitiesQuery, 'limit' | 'cursor'>) {
  const cursor = decodeCursor(query.cursor, isBacklogCursor);
  const start = cursor ? items.findIndex((item) => isAfter(item, cursor)) : 0;
  const rest = start < 0 ? [] : items.slice(start);
  const page = rest.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = rest.length > query.limit && last ? encodeCursor({ o: last.score.opportunity, i: last.score.importance, id: last.id } satisfies BacklogCursor) : null;
  return { page, nextCursor };
}

export const toOpportunityItem = (item: RankedOutcome, chain: OutcomeChain): OpportunityItem => ({
  outcomeId: item.id,
  key: outcomeKey(item.row.key),
  statement: item.row.statement,
  jobStep: item.row.job_step_id && item.row.job_step_name !== null ? { id: item.row.job_step_id, name: item.row.job_step_name } : null,
  ...toScoreFields(item.score),
  rank: item.rank,
  tied: item.tied,
  evidenceCount: item.row.evidence_count,
  updatedAt: isoFromTimestamptz(item.row.updated_at),
  journeys: chain.journeys.map(({ journeyId, stageId, touchpointId }) => ({ journeyId, stageId, touchpointId })),
  kpis: chain.kpis,
  solutions: chain.solutions,
});

/**
 * Ranked rows as backlog items with the whole chain (journeys, KPIs, solutions). Called after ranking and
 * paging, so only the rows sent are looked up: three statements for any number of rows.
 */
export async function toOpportunityItems(db: DataSource | EntityManager, projectId: string, rows: readonly RankedOutcome[]): Promise<OpportunityItem[]> {
  const chains = await loadOutcomeChains(db, projectId, rows.map((row) => row.id));
  return rows.map((row) => toOpportunityItem(row, chains.get(row.id) ?? EMPTY_CHAIN));
}

/** The same for the CSV export, which also spells out where in the journeys each outcome shows. */
export async function toOpportunityCsvRows(db: DataSource | EntityManager, projectId: string, rows: readonly RankedOutcome[]): Promise<OpportunityCsvRow[]> {
  const chains = await loadOutcomeChains(db, projectId, rows.map((row) => row.id));
  return rows.map((row) => {
    const chain = chains.get(row.id) ?? EMPTY_CHAIN;
    return { item: toOpportunityItem(row, chain), journeyPlaces: chain.journeys };
  });
}
