import type { OutcomeHistoryAction, OutcomeHistoryEntry } from '@outcome-atlas/contracts';
import { iso } from '../../common/iso.js';
import type { FieldChanges } from './outcome-history.js';

export type OutcomeHistoryRow = {
  id: string;
  outcome_id: string;
  created_at: Date;
  cursor_at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: OutcomeHistoryAction;
  changes: FieldChanges;
  extraction_job_id: string | null;
};

export const OUTCOME_HISTORY_SELECT = `SELECT h.id, h.outcome_id, h.created_at, h.created_at::text AS cursor_at, h.actor_id, u.name AS actor_name,
  h.action, h.changes, h.extraction_job_id
  FROM outcome_history h LEFT JOIN users u ON u.id = h.actor_id`;

export const toOutcomeHistoryEntry = (row: OutcomeHistoryRow): OutcomeHistoryEntry => ({
  id: row.id,
  outcomeId: row.outcome_id,
  at: iso(row.created_at),
  actor: row.actor_id && row.actor_name !== null ? { userId: row.actor_id, name: row.actor_name } : null,
  action: row.action,
  changes: row.changes,
  extractionJobId: row.extraction_job_id,
});
