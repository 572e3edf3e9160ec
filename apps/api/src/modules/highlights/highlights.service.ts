import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { listHighlightsQuerySchema, type CreateHighlightRequest, type Highlight, type Page, type UpdateHighlightRequest } from '@outcome-atlas/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { notFound, unprocessable } from '../../common/app-error.js';
import { decodeCursor, isOffsetCursor, toPage } from '../../common/cursor.js';
import { isExclusionViolation } from '../../database/pg-errors.js';
import type { Caller } from '../auth/caller.js';
import { TagsService } from '../tags/tags.service.js';
import { AccessService } from '../workspaces/access.service.js';
import { HIGHLIGHT_SELECT, toHighlight, type HighlightRow } from './highlight.mapper.js';

type NewHighlight = Required<CreateHighlightRequest>;
type ListQuery = z.infer<typeof listHighlightsQuerySchema>;

@Injectable()
export class HighlightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly tags: TagsService,
  ) {}

  async list(caller: Caller, interviewId: string, query: ListQuery): Promise<Page<Highlight>> {
    await this.access.resource(caller, 'interview', interviewId, 'read');
    const offset = decodeCursor(query.cursor, isOffsetCursor)?.o ?? 0;
    const rows: HighlightRow[] = await this.db.query(
      `${HIGHLIGHT_SELECT} WHERE h.interview_id = $1
         AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM highlight_tags ht WHERE ht.highlight_id = h.id AND ht.tag_id = $2))
       ORDER BY h.start_offset, h.id LIMIT $3 OFFSET $4`,
      [interviewId, query.tagId ?? null, query.limit + 1, offset],
    );
    return toPage(rows, query.limit, toHighlight, () => ({ o: offset + query.limit }));
  }

  async create(caller: Caller, interviewId: string, request: NewHighlight): Promise<Highlight> {
    const { projectId } = await this.access.resource(caller, 'interview', interviewId, 'write');
    const rows: { transcript: string }[] = await this.db.query('SELECT transcript FROM interviews WHERE id = $1', [interviewId]);
    const transcript = rows[0]?.transcript ?? '';
    if (request.end > transcript.length) {
      throw unprocessable('HIGHLIGHT_OUT_OF_RANGE', `The passage ends at ${request.end} but the transcript has ${transcript.length} characters`);
    }
    const quote = transcript.slice(request.start, request.end);
    if (quote.trim() === '') throw unprocessable('HIGHLIGHT_EMPTY', 'The passage contains only whitespace');
    const id = await this.db.transaction(async (manager) => {
      const tagIds = await this.tags.resolveTagIds(manager, projectId, request.tagIds, request.newTags);
      const inserted: { id: string }[] = await this.insert(manager, [interviewId, request.start, request.end, quote, request.note, caller.userId]);
      const highlightId = inserted[0]!.id;
      await this.setTags(manager, highlightId, tagIds);
      return highlightId;
    });
    return this.load(id);
  }

  async update(caller: Caller, highlightId: string, request: UpdateHighlightRequest): Promise<Highlight> {
    const { projectId } = await this.access.resource(caller, 'highlight', highlightId, 'write');
    await this.db.transaction(async (manager) => {
      if (request.note !== undefined) await manager.query('UPDATE highlights SET note = $2, updated_at = now() WHERE id = $1', [highlightId, request.note]);
      if (request.tagIds !== undefined || request.newTags !== undefined) {
        const tagIds = await this.tags.resolveTagIds(manager, projectId, request.tagIds ?? [], request.newTags ?? []);
        await manager.query('DELETE FROM highlight_tags WHERE highlight_id = $1', [highlightId]);
        await this.setTags(manager, highlightId, tagIds);
        await manager.query('UPDATE highlights SET updated_at = now() WHERE id = $1', [highlightId]);
      }
    });
    return this.load(highlightId);
  }

  async remove(caller: Caller, highlightId: string): Promise<void> {
    await this.access.resource(caller, 'highlight', highlightId, 'write');
    await this.db.query('DELETE FROM highlights WHERE id = $1', [highlightId]);
  }

  private async insert(manager: EntityManager, values: unknown[]): Promise<{ id: string }[]> {
    try {
      return await manager.query(
        `INSERT INTO highlights (interview_id, start_offset, end_offset, quote, note, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        values,
      );
    } catch (error) {
      if (!isExclusionViolation(error)) throw error;
      const [interviewId, start, end] = values;
      const overlapping: { id: string; quote: string }[] = await this.db.query(
        'SELECT id, quote FROM highlights WHERE interview_id = $1 AND int4range(start_offset, end_offset) && int4range($2, $3) LIMIT 1',
        [interviewId, start, end],
      );
      throw unprocessable('HIGHLIGHT_OVERLAPS', 'The passage overlaps an existing highlight; add your tags to that highlight instead', {
        highlightId: overlapping[0]?.id,
        quote: overlapping[0]?.quote,
      });
    }
  }

  private async setTags(manager: EntityManager, highlightId: string, tagIds: string[]): Promise<void> {
    if (tagIds.length === 0) return;
    await manager.query('INSERT INTO highlight_tags (highlight_id, tag_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING', [highlightId, tagIds]);
  }

  private async load(highlightId: string): Promise<Highlight> {
    const rows: HighlightRow[] = await this.db.query(`${HIGHLIGHT_SELECT} WHERE h.id = $1`, [highlightId]);
    if (!rows[0]) throw notFound('highlight');
    return toHighlight(rows[0]);
  }
}
