import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateTagRequest, Page, PageQuery, Tag, TagBoardItem, UpdateTagRequest } from '@outcome-atlas/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, notFound, unprocessable } from '../../common/app-error.js';
import { decodeCursor, isTimeIdCursor, toPage } from '../../common/cursor.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
import type { Caller } from '../auth/caller.js';
import { HIGHLIGHT_SELECT, toHighlight, type HighlightRow } from '../highlights/highlight.mapper.js';
import { AccessService } from '../workspaces/access.service.js';
import { iso } from '../../common/iso.js';

type TagRow = { id: string; project_id: string; name: string; color: string; group_name: string | null; highlight_count: number; created_at: Date };

const TAG_SELECT = `SELECT t.id, t.project_id, t.name, t.color, t.group_name, t.created_at,
  (SELECT count(*)::int FROM highlight_tags ht WHERE ht.tag_id = t.id) AS highlight_count FROM tags t`;

const toTag = (row: TagRow): Tag => ({
  id: row.id,
  projectId: row.project_id,
  name: row.name,
  color: row.color,
  group: row.group_name,
  highlightCount: row.highlight_count,
  createdAt: iso(row.created_at),
});

// Pleasant, distinguishable defaults for tags created on the fly while highlighting.
const PALETTE = ['#1c7ed6', '#e8590c', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#e03131', '#5f3dc4'];

@Injectable()
export class TagsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(caller: Caller, projectId: string): Promise<{ items: Tag[] }> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const rows: TagRow[] = await this.db.query(`${TAG_SELECT} WHERE t.project_id = $1 ORDER BY t.group_name NULLS FIRST, lower(t.name)`, [projectId]);
    return { items: rows.map(toTag) };
  }

  async create(caller: Caller, projectId: string, request: Required<CreateTagRequest>): Promise<Tag> {
    await this.access.resource(caller, 'project', projectId, 'write');
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO tags (project_id, name, color, group_name) VALUES ($1, $2, $3, $4) ON CONFLICT (project_id, lower(name)) DO NOTHING RETURNING id`,
      [projectId, request.name, request.color, request.group || null],
    );
    if (!rows[0]) throw conflict('TAG_EXISTS', `A tag named "${request.name}" already exists in this project`);
    return this.load(this.db.manager, rows[0].id);
  }

  async update(caller: Caller, tagId: string, request: UpdateTagRequest): Promise<Tag> {
    await this.access.resource(caller, 'tag', tagId, 'write');
    try {
      await this.db.query(
        `UPDATE tags SET name = coalesce($2, name), color = coalesce($3, color), group_name = CASE WHEN $4 THEN $5 ELSE group_name END WHERE id = $1`,
        [tagId, request.name ?? null, request.color ?? null, request.group !== undefined, request.group || null],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('TAG_EXISTS', `A tag named "${request.name}" already exists in this project`);
      throw error;
    }
    return this.load(this.db.manager, tagId);
  }

  async remove(caller: Caller, tagId: string): Promise<void> {
    await this.access.resource(caller, 'tag', tagId, 'write');
    await this.db.query('DELETE FROM tags WHERE id = $1', [tagId]);
  }

  /** Moves every highlight of `tagId` to `intoTagId` (no duplicates), then deletes `tagId`. */
  async merge(caller: Caller, tagId: string, intoTagId: string): Promise<Tag> {
    const source = await this.access.resource(caller, 'tag', tagId, 'write');
    const target = await this.access.resource(caller, 'tag', intoTagId, 'write');
    if (tagId === intoTagId) throw unprocessable('TAG_MERGE_SELF', 'A tag cannot be merged into itself');
    if (source.projectId !== target.projectId) throw unprocessable('TAG_MERGE_ACROSS_PROJECTS', 'Both tags must belong to the same project');
    return this.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO highlight_tags (highlight_id, tag_id) SELECT highlight_id, $2 FROM highlight_tags WHERE tag_id = $1 ON CONFLICT DO NOTHING`,
        [tagId, intoTagId],
      );
      await manager.query('DELETE FROM tags WHERE id = $1', [tagId]);
      return this.load(manager, intoTagId);
    });
  }

  async board(caller: Caller, tagId: string, page: PageQuery): Promise<Page<TagBoardItem>> {
    await this.access.resource(caller, 'tag', tagId, 'read');
    const after = decodeCursor(page.cursor, isTimeIdCursor);
    const rows: (HighlightRow & { interview_title: string; participant_pseudonym: string })[] = await this.db.query(
      `SELECT board.*, i.title AS interview_title, i.participant_pseudonym FROM (
         ${HIGHLIGHT_SELECT} JOIN highlight_tags filter ON filter.highlight_id = h.id AND filter.tag_id = $1
         WHERE ($2::timestamptz IS NULL OR (h.created_at, h.id) < ($2, $3::uuid))
         ORDER BY h.created_at DESC, h.id DESC LIMIT $4) board
       JOIN interviews i ON i.id = board.interview_id ORDER BY board.created_at DESC, board.id DESC`,
      [tagId, after?.t ?? null, after?.id ?? null, page.limit + 1],
    );
    return toPage(
      rows,
      page.limit,
      (row) => ({ ...toHighlight(row), interviewTitle: row.interview_title, participantPseudonym: row.participant_pseudonym }),
      (row) => ({ t: row.cursor_at, id: row.id }),
    );
  }

  /**
   * Tag ids for a highlight: the given ids (which must belong to the project) plus
   * tags named in `newTags`, created on the fly or reused case-insensitively.
   */
  async resolveTagIds(manager: EntityManager, projectId: string, tagIds: string[], newTags: string[]): Promise<string[]> {
    const wanted = [...new Set(tagIds)];
    if (wanted.length > 0) {
      const found: { id: string }[] = await manager.query('SELECT id FROM tags WHERE project_id = $1 AND id = ANY($2::uuid[])', [projectId, wanted]);
      if (found.length !== wanted.length) {
        const missing = wanted.filter((id) => !found.some((row) => row.id === id));
        throw unprocessable('TAG_NOT_FOUND', 'Some tags do not exist in this project', { missingTagIds: missing });
      }
    }
    const names = [...new Map(newTags.map((name) => [name.trim().toLowerCase(), name.trim()])).values()];
    if (names.length === 0) return wanted;
    const colors = names.map((_, index) => PALETTE[index % PALETTE.length]);
    await manager.query(
      `INSERT INTO tags (project_id, name, color) SELECT $1, name, color FROM unnest($2::text[], $3::text[]) AS n(name, color)
       ON CONFLICT (project_id, lower(name)) DO NOTHING`,
      [projectId, names, colors],
    );
    const created: { id: string }[] = await manager.query('SELECT id FROM tags WHERE project_id = $1 AND lower(name) = ANY($2::text[])', [
      projectId,
      names.map((name) => name.toLowerCase()),
    ]);
    return [...new Set([...wanted, ...created.map((row) => row.id)])];
  }

  private async load(manager: EntityManager, tagId: string): Promise<Tag> {
    const rows: TagRow[] = await manager.query(`${TAG_SELECT} WHERE t.id = $1`, [tagId]);
    if (!rows[0]) throw notFound('tag');
    return toTag(rows[0]);
  }
}
