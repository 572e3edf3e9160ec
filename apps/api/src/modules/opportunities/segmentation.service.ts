import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { createSegmentationRequestSchema, Page, PageQuery, Segmentation } from '@outcome-atlas/contracts';
import { MIN_SEGMENTS, type SegmentationResult } from '@outcome-atlas/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { decodeCursor, isTimeIdCursor, toPage } from '../../common/cursor.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { notEnoughRatings } from './opportunities.errors.js';
import { loadRatingMatrix } from './rating-matrix.query.js';
import { segmentOffThread } from './segment-off-thread.js';
import { SEGMENTATION_SELECT, toSegmentation, type SegmentationRow } from './segmentation.mapper.js';

type SegmentationInput = z.output<typeof createSegmentationRequestSchema>;

/** k segments need k + 1 respondents (each segment a neighbour); fewer than 3 cannot be segmented at all. */
function assertSegmentable(respondents: number, outcomes: number, k: number | undefined): void {
  if (outcomes === 0) throw notEnoughRatings('No accepted outcome has ratings yet: accept outcomes and add ratings before segmenting respondents');
  const needed = (k ?? MIN_SEGMENTS) + 1;
  if (respondents < needed) {
    throw notEnoughRatings(
      `${k ?? MIN_SEGMENTS} segments need ratings from at least ${needed} respondents; ${respondents} rated the accepted outcomes so far`,
    );
  }
}

@Injectable()
export class SegmentationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /**
   * Loads the rating matrix (its own short transaction, one snapshot for its two reads), clusters it with the given
   * k and seed on a worker thread, then stores the segmentation, its segments and their members in one transaction.
   * The clustering runs between the two, so no transaction stays open (and no request waits on the event loop) while
   * the CPU works.
   */
  async create(caller: Caller, projectId: string, input: SegmentationInput): Promise<Segmentation> {
    await this.access.resource(caller, 'project', projectId, 'write');
    const { outcomes, encoded } = await this.db.transaction('REPEATABLE READ', (manager) => loadRatingMatrix(manager, projectId));
    assertSegmentable(encoded.respondentIds.length, outcomes.length, input.k);
    const result = await segmentOffThread({ encoded, options: { seed: input.seed, ...(input.k === undefined ? {} : { k: input.k }) } });
    const id = await this.db.transaction((manager) => this.store(manager, caller, projectId, input, result, encoded.respondentIds.length, outcomes.length));
    const [row] = await this.load('g.id = $1', [id]);
    return toSegmentation(row!);
  }

  /** Newest first, keyset-paged on segmentations_project_created_idx (project_id, created_at, id), read backwards. */
  async list(caller: Caller, projectId: string, query: PageQuery): Promise<Page<Segmentation>> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const after = decodeCursor(query.cursor, isTimeIdCursor);
    const rows = await this.load(
      `g.project_id = $1 AND ($2::timestamptz IS NULL OR (g.created_at, g.id) < ($2::timestamptz, $3::uuid))
       ORDER BY g.created_at DESC, g.id DESC LIMIT $4`,
      [projectId, after?.t ?? null, after?.id ?? null, query.limit + 1],
    );
    return toPage(rows, query.limit, toSegmentation, (row) => ({ t: row.cursor_at, id: row.id }));
  }

  private load(where: string, params: unknown[]): Promise<SegmentationRow[]> {
    return this.db.query(`${SEGMENTATION_SELECT} WHERE ${where}`, params);
  }

  private async store(
    manager: EntityManager,
    caller: Caller,
    projectId: string,
    input: SegmentationInput,
    result: SegmentationResult,
    respondents: number,
    outcomes: number,
  ): Promise<string> {
    const silhouetteByK = result.silhouetteByK ?? [{ k: result.k, silhouette: result.silhouette }];
    const [segmentation]: { id: string }[] = await manager.query(
      `INSERT INTO segmentations (project_id, name, k, seed, chosen_by, silhouette, silhouette_by_k, respondent_count, outcome_count, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10) RETURNING id`,
      [projectId, input.name, result.k, input.seed, result.chosenBy, result.silhouette, JSON.stringify(silhouetteByK), respondents, outcomes, caller.userId],
    );
    const segments = result.segments.map((segment) => ({
      name: `${input.name} · ${segment.index + 1}`,
      position: segment.index,
      size: segment.size,
      share: segment.share,
      top: segment.topOpportunities.map(({ outcomeId, rank, score }) => ({
        outcomeId,
        rank,
        importance: score.importance,
        satisfaction: score.satisfaction,
        opportunity: score.opportunity,
        zone: score.zone,
      })),
    }));
    const saved: { id: string; position: number }[] = await manager.query(
      `INSERT INTO saved_segments (segmentation_id, project_id, name, position, size, share, top_opportunities)
       SELECT $1, $2, u.name, u.position, u.size, u.share, u.top
       FROM jsonb_to_recordset($3::jsonb) AS u(name text, position smallint, size integer, share double precision, top jsonb)
       RETURNING id, position`,
      [segmentation!.id, projectId, JSON.stringify(segments)],
    );
    const idByPosition = new Map(saved.map((row) => [row.position, row.id]));
    const segmentIds = result.segments.flatMap((segment) => segment.members.map(() => idByPosition.get(segment.index)));
    const respondentIds = result.segments.flatMap((segment) => segment.members);
    await manager.query(`INSERT INTO saved_segment_members (segment_id, respondent_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [segmentIds, respondentIds]);
    return segmentation!.id;
  }
}
