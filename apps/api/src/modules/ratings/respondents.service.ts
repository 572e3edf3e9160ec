import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CreateRespondentRequest, type ListRespondentsQuery, type Page, type Respondent } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import { decodeCursor, toPage } from '../../common/cursor.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { respondentExists } from './ratings.errors.js';
import { RESPONDENT_SELECT, toRespondent, type RespondentRow } from './respondent.mapper.js';
import { segmentFilterSql, segmentScope } from './segment-filter.sql.js';

/** Keyset cursor: the last external id of the page (external ids are unique per project). */
type RespondentCursor = { e: string };
const isRespondentCursor = (value: unknown): value is RespondentCursor =>
  typeof value === 'object' && value !== null && typeof (value as RespondentCursor).e === 'string' && (value as RespondentCursor).e.length <= 200;

/**
 * External ids starting with parameter `$position`, case-insensitively: a LIKE prefix on exactly the expression
 * respondents_external_prefix_idx is built on, with the parameter's LIKE wildcards escaped (`r_1` means `r_1`).
 */
export const externalIdPrefixSql = (alias: string, position: number) =>
  `lower(${alias}.external_id) LIKE replace(replace(replace(lower($${position}::text), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;

@Injectable()
export class RespondentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** A page of the project's respondents in external id order, each with its rating count. */
  async list(caller: Caller, projectId: string, query: ListRespondentsQuery): Promise<Page<Respondent>> {
    await this.access.resource(caller, 'project', projectId, 'read');
    const params: unknown[] = [projectId];
    const where = ['r.project_id = $1'];
    if (query.q) where.push(externalIdPrefixSql('r', params.push(query.q)));
    const filter = segmentScope(query.segment);
    if (filter) {
      const segment = segmentFilterSql(filter, { alias: 'r', projectId, paramOffset: params.length });
      where.push(segment.sql);
      params.push(...segment.params);
    }
    const cursor = decodeCursor(query.cursor, isRespondentCursor);
    if (cursor) where.push(`r.external_id > $${params.push(cursor.e)}::text`);
    const rows: RespondentRow[] = await this.db.query(
      `${RESPONDENT_SELECT} WHERE ${where.join(' AND ')} ORDER BY r.external_id LIMIT $${params.push(query.limit + 1)}`,
      params,
    );
    return toPage(rows, query.limit, toRespondent, (row) => ({ e: row.external_id }));
  }

  async create(caller: Caller, projectId: string, request: Required<CreateRespondentRequest>): Promise<Respondent> {
    await this.access.resource(caller, 'project', projectId, 'write');
    const inserted: { id: string }[] = await this.db.query(
      `INSERT INTO respondents (project_id, external_id, segment, attributes) VALUES ($1, $2, $3, $4)
       ON CONFLICT (project_id, external_id) DO NOTHING RETURNING id`,
      [projectId, request.externalId, request.segment, JSON.stringify(request.attributes)],
    );
    const id = inserted[0]?.id;
    if (!id) {
      const existing: { id: string }[] = await this.db.query('SELECT id FROM respondents WHERE project_id = $1 AND external_id = $2', [projectId, request.externalId]);
      throw respondentExists(request.externalId, existing[0]?.id ?? '');
    }
    const rows: RespondentRow[] = await this.db.query(`${RESPONDENT_SELECT} WHERE r.id = $1`, [id]);
    return toRespondent(rows[0]!);
  }
}
