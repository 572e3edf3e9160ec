import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutcomeHistoryEntry, Page, PageQuery } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import { decodeCursor, isTimeIdCursor, toPage } from '../../common/cursor.js';
import type { Caller } from '../auth/caller.js';
import { AccessService } from '../workspaces/access.service.js';
import { OUTCOME_HISTORY_SELECT, toOutcomeHistoryEntry, type OutcomeHistoryRow } from './outcome-history.mapper.js';

@Injectable()
export class OutcomeHistoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Newest first, keyset-paged on outcome_history_outcome_created_idx (outcome_id, created_at DESC, id DESC). */
  async list(caller: Caller, outcomeId: string, query: PageQuery): Promise<Page<OutcomeHistoryEntry>> {
    await this.access.resource(caller, 'outcome', outcomeId, 'read');
    const after = decodeCursor(query.cursor, isTimeIdCursor);
    const rows: OutcomeHistoryRow[] = await this.db.query(
      `${OUTCOME_HISTORY_SELECT}
       WHERE h.outcome_id = $1 AND ($2::timestamptz IS NULL OR (h.created_at, h.id) < ($2::timestamptz, $3::uuid))
       ORDER BY h.created_at DESC, h.id DESC LIMIT $4`,
      [outcomeId, after?.t ?? null, after?.id ?? null, query.limit + 1],
    );
    return toPage(rows, query.limit, toOutcomeHistoryEntry, (row) => ({ t: row.cursor_at, id: row.id }));
  }
}
