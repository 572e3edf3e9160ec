import type { Highlight } from '@outcome-atlas/contracts';
import { iso } from '../../common/iso.js';

export type HighlightRow = {
  id: string;
  interview_id: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  note: string;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  cursor_at: string;
  tags: { id: string; name: string; color: string }[];
};

/** A highlight with its tags aggregated in the same statement (no query per highlight). */
export const HIGHLIGHT_SELECT = `SELECT h.id, h.interview_id, h.start_offset, h.end_offset, h.quote, h.note, h.created_by, h.created_at, h.updated_at, h.created_at::text AS cursor_at,
  coalesce((SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'color', t.color) ORDER BY lower(t.name))
            FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = h.id), '[]') AS tags
  FROM highlights h`;

export const toHighlight = (row: HighlightRow): Highlight => ({
  id: row.id,
  interviewId: row.interview_id,
  start: row.start_offset,
  end: row.end_offset,
  quote: row.quote,
  note: row.note,
  tags: row.tags,
  createdBy: row.created_by,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});
