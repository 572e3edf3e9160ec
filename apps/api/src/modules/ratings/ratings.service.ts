import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListRatingsQuery, Page, Rating, RatingSource, UpsertRatingsRequest, UpsertRatingsResponse } from '@outcome-atlas/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../../common/cursor.js';
import { UUID_PATTERN } from '../../common/ids.js';
import type { Caller } from '../auth/caller.js';
import { outcomeKey } from '../outcomes/outcome.mapper.js';
import { AccessService } from '../workspaces/access.service.js';
import { CELL_RATING_COLUMNS, RATED_CELL, RATING_COLUMNS, toRating, type RatingRow } from './rating.mapper.js';
import { duplicatePairs, ratedOutcomesMerged, ratingTargetsNotFound } from './ratings.errors.js';
import { lockProjectRatings } from './ratings-write-lock.js';

type RatingInput = UpsertRatingsRequest['ratings'][number];

/** Keyset cursor on the primary key (outcome, respondent). */
type RatingCursor = { o: string; r: string };
const isRatingCursor = (value: unknown): value is RatingCursor =>
  typeof value === 'object' && value !== null && UUID_PATTERN.test(String((value as RatingCursor).o)) && UUID_PATTERN.test(String((value as RatingCursor).r));

type OutcomeState = { id: string; key: number; status: string; merged_into_id: string | null; merged_into_key: number | null };

// One statement (1765000000000-packed-answers): each input is compared with the stored rating, then deleted (no
// answer left), updated (something differs) or created, by rewriting the touched outcomes' answer strings once.
// An omitted answer keeps the stored one; null clears it.
const UPSERT_SQL = `SELECT * FROM write_answers($1::uuid[], $2::uuid[], $3::smallint[], $4::smallint[], $5::boolean[], $6::boolean[], $7)`;

@Injectable()
export class RatingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /**
   * A page of the project's ratings in (outcome, respondent) order, optionally of one respondent and/or outcome.
   * Walks the project's outcomes in id order through the `ratings` view, from the cursor on; one respondent's
   * ratings are read at its slot of each outcome's strings instead (exploding every outcome to find one column
   * would read them all).
   */
  async list(caller: Caller, projectId: string, query: ListRatingsQuery): Promise<Page<Rating>> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const params: unknown[] = [projectId];
    const where = ['o.project_id = $1'];
    const byRespondent = query.respondentId !== undefined;
    if (query.respondentId) where.push(`r.id = $${params.push(query.respondentId)}::uuid`, RATED_CELL);
    if (query.outcomeId) where.push(`o.id = $${params.push(query.outcomeId)}::uuid`);
    const cursor = decodeCursor(query.cursor, isRatingCursor);
    if (cursor) {
      const [o, r] = [`$${params.push(cursor.o)}::uuid`, `$${params.push(cursor.r)}::uuid`];
      // The outcome bound is implied by the row comparison, but the planner only uses it on outcomes when spelled out.
      where.push(`o.id >= ${o}`, byRespondent ? `(a.outcome_id, r.id) > (${o}, ${r})` : `(x.outcome_id, x.respondent_id) > (${o}, ${r})`);
    }
    const from = byRespondent
      ? `SELECT ${CELL_RATING_COLUMNS} FROM outcomes o JOIN outcome_answers a ON a.outcome_id = o.id JOIN respondents r ON r.project_id = a.project_id`
      : `SELECT ${RATING_COLUMNS} FROM outcomes o JOIN ratings x ON x.outcome_id = o.id`;
    const order = byRespondent ? 'a.outcome_id' : 'x.outcome_id, x.respondent_id';
    const rows: RatingRow[] = await this.db.query(`${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${params.push(query.limit + 1)}`, params);
    return toPage(rows, query.limit, toRating, (row) => ({ o: row.outcome_id, r: row.respondent_id }));
  }

  /** All or nothing: every outcome and respondent must be in the project and no outcome merged. */
  async upsert(caller: Caller, projectId: string, request: { source: RatingSource; ratings: RatingInput[] }): Promise<UpsertRatingsResponse> {
    await this.access.resource(caller, 'project', projectId, 'write');
    const { source } = request;
    const ratings = request.ratings.map((rating) => ({ ...rating, respondentId: rating.respondentId.toLowerCase(), outcomeId: rating.outcomeId.toLowerCase() }));
    // The contract compares ids as written; the same pair in two letter cases would otherwise fail in the database.
    if (new Set(ratings.map((rating) => `${rating.respondentId}/${rating.outcomeId}`)).size !== ratings.length) throw duplicatePairs();
    return this.db.transaction(async (manager) => {
      await lockProjectRatings(manager, projectId);
      await checkTargets(manager, projectId, ratings);
      const [counts] = (await manager.query(UPSERT_SQL, [
        ratings.map((rating) => rating.outcomeId),
        ratings.map((rating) => rating.respondentId),
        ratings.map((rating) => rating.importance ?? null),
        ratings.map((rating) => rating.satisfaction ?? null),
        ratings.map((rating) => rating.importance !== undefined),
        ratings.map((rating) => rating.satisfaction !== undefined),
        source,
      ])) as { created: number; updated: number; deleted: number }[];
      const stored: RatingRow[] = await manager.query(
        `SELECT ${CELL_RATING_COLUMNS} FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS k(respondent_id, outcome_id, n)
         JOIN respondents r ON r.id = k.respondent_id JOIN outcome_answers a ON a.outcome_id = k.outcome_id
         WHERE ${RATED_CELL} ORDER BY k.n`,
        [ratings.map((rating) => rating.respondentId), ratings.map((rating) => rating.outcomeId)],
      );
      const { created, updated, deleted } = counts!;
      return { created, updated, deleted, unchanged: ratings.length - created - updated - deleted, ratings: stored.map(toRating) };
    });
  }
}

/**
 * 422 unless every outcome and respondent is in the project and no outcome is merged. Both are KEY SHARE
 * locked, one statement each: answers are kept by respondent slot, with no foreign key to respondents, so these
 * locks are what make a concurrent delete of a respondent wait for this transaction (its trigger then blanks the
 * answers written here), and a merge (FOR UPDATE) wait instead of moving ratings under it.
 */
async function checkTargets(manager: EntityManager, projectId: string, ratings: RatingInput[]): Promise<void> {
  const outcomeIds = [...new Set(ratings.map((rating) => rating.outcomeId))];
  const respondentIds = [...new Set(ratings.map((rating) => rating.respondentId))];
  const outcomes: OutcomeState[] = await manager.query(
    `SELECT o.id, o.key, o.status, o.merged_into_id, (SELECT m.key FROM outcomes m WHERE m.id = o.merged_into_id) AS merged_into_key
     FROM outcomes o WHERE o.project_id = $1 AND o.id = ANY($2::uuid[]) ORDER BY o.id FOR KEY SHARE OF o`,
    [projectId, outcomeIds],
  );
  const respondents: { id: string }[] = await manager.query('SELECT id FROM respondents WHERE project_id = $1 AND id = ANY($2::uuid[]) FOR KEY SHARE', [projectId, respondentIds]);
  const foundOutcomes = new Set(outcomes.map((outcome) => outcome.id));
  const foundRespondents = new Set(respondents.map((respondent) => respondent.id));
  const unknownOutcomes = outcomeIds.filter((id) => !foundOutcomes.has(id));
  const unknownRespondents = respondentIds.filter((id) => !foundRespondents.has(id));
  if (unknownOutcomes.length > 0 || unknownRespondents.length > 0) throw ratingTargetsNotFound(unknownOutcomes, unknownRespondents);
  const merged = outcomes.filter((outcome) => outcome.status === 'merged');
  if (merged.length > 0) {
    throw ratedOutcomesMerged(
      merged.map((outcome) => ({
        outcomeId: outcome.id,
        key: outcomeKey(outcome.key),
        mergedInto: outcome.merged_into_id && outcome.merged_into_key !== null ? { outcomeId: outcome.merged_into_id, key: outcomeKey(outcome.merged_into_key) } : null,
      })),
    );
  }
}
