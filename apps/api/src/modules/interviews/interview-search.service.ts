import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InterviewListItem, ListInterviewsQuery, Page } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import { decodeCursor, isOffsetCursor, isTimeIdCursor, toPage } from '../../common/cursor.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { INTERVIEW_SUMMARY_COLUMNS, MATCH_END, MATCH_START, SEARCHABLE, toListItem, type InterviewSummaryRow } from './interview.mapper.js';

type SearchRow = InterviewSummaryRow & { rank: number; headline: string };

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** Builds positional parameters as filters are added, so the SQL stays one statement per request. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

function filters(params: Params, projectId: string, query: ListInterviewsQuery): string {
  const where = [`i.project_id = ${params.add(projectId)}`];
  if (query.personaId) where.push(`i.persona_id = ${params.add(query.personaId)}`);
  if (query.tagId) {
    where.push(`EXISTS (SELECT 1 FROM highlights h JOIN highlight_tags ht ON ht.highlight_id = h.id WHERE h.interview_id = i.id AND ht.tag_id = ${params.add(query.tagId)})`);
  }
  return where.join(' AND ');
}

/** The interview list: newest first, or with `q` a ranked full-text search (GIN on search_vector) with snippets. */
@Injectable()
export class InterviewSearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(caller: Caller, projectId: string, query: ListInterviewsQuery): Promise<Page<InterviewListItem>> {
    await this.access.resource(caller, 'project', projectId, 'read');
    return query.q ? this.search(projectId, query, query.q) : this.newestFirst(projectId, query);
  }

  private async newestFirst(projectId: string, query: ListInterviewsQuery): Promise<Page<InterviewListItem>> {
    const after = decodeCursor(query.cursor, isTimeIdCursor);
    const params = new Params();
    let where = filters(params, projectId, query);
    if (after) where += ` AND (i.created_at, i.id) < (${params.add(after.t)}::timestamptz, ${params.add(after.id)}::uuid)`;
    const rows: InterviewSummaryRow[] = await this.db.query(
      `SELECT ${INTERVIEW_SUMMARY_COLUMNS} FROM interviews i WHERE ${where} ORDER BY i.created_at DESC, i.id DESC LIMIT ${params.add(query.limit + 1)}`,
      params.values,
    );
    return toPage(rows, query.limit, toListItem, (row) => ({ t: row.cursor_at, id: row.id }));
  }

  // Ranked results have no stable keyset, so the cursor is an offset. Snippets come from the page's best
  // passage per interview (short text, cheap to highlight); only a query no single passage matches
  // (e.g. a phrase across two turns) falls back to the whole transcript.
  private async search(projectId: string, query: ListInterviewsQuery, text: string): Promise<Page<InterviewListItem>> {
    const offset = decodeCursor(query.cursor, isOffsetCursor)?.o ?? 0;
    const params = new Params();
    const tsQuery = `websearch_to_tsquery('english', ${SEARCHABLE(params.add(text))})`;
    const where = filters(params, projectId, query);
    const rows: SearchRow[] = await this.db.query(
      `WITH hits AS (
         SELECT i.id, ts_rank_cd(i.search_vector, ${tsQuery}) AS rank FROM interviews i
         WHERE ${where} AND i.search_vector @@ ${tsQuery}
         ORDER BY rank DESC, i.id LIMIT ${params.add(query.limit + 1)} OFFSET ${params.add(offset)})
       SELECT ${INTERVIEW_SUMMARY_COLUMNS}, hits.rank,
         coalesce(best.headline, ts_headline('english', ${SEARCHABLE('i.transcript')}, ${tsQuery}, '${HEADLINE_OPTIONS}')) AS headline
       FROM hits JOIN interviews i ON i.id = hits.id
       LEFT JOIN LATERAL (
         SELECT ts_headline('english', ${SEARCHABLE('p.text')}, ${tsQuery}, '${HEADLINE_OPTIONS}') AS headline FROM interview_passages p
         WHERE p.interview_id = i.id AND p.search_vector @@ ${tsQuery}
         ORDER BY ts_rank_cd(p.search_vector, ${tsQuery}) DESC, p.position LIMIT 1) best ON true
       ORDER BY hits.rank DESC, i.id`,
      params.values,
    );
    return toPage(rows, query.limit, toListItem, () => ({ o: offset + query.limit }));
  }
}
