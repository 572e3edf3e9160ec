import type { AtlasQuote } from '@outcome-atlas/contracts';
import type { EntityManager } from 'typeorm';

export type TouchpointQuotes = { quotes: AtlasQuote[]; count: number };

type QuoteRow = { touchpoint_id: string; quote_count: number; highlight_id: string; interview_id: string; interview_title: string; quote: string };

/**
 * The newest `perTouchpoint` quotes of each touchpoint chosen by `where` (on `th` touchpoint_highlights
 * and `t` touchpoints, bound as $1) plus each one's total, in one statement. "Newest" is the latest
 * linked, so a quote just linked shows on its card. Ranking reads only the link table; highlights and
 * interviews are joined for the kept rows only.
 */
export async function loadTouchpointQuotes(
  db: EntityManager,
  where: 't.journey_id = $1' | 'th.touchpoint_id = $1',
  id: string,
  perTouchpoint: number,
): Promise<Map<string, TouchpointQuotes>> {
  const rows: QuoteRow[] = await db.query(
    `SELECT r.touchpoint_id, r.quote_count, h.id AS highlight_id, h.interview_id, i.title AS interview_title, h.quote
     FROM (
       SELECT th.touchpoint_id, th.highlight_id,
         row_number() OVER (PARTITION BY th.touchpoint_id ORDER BY th.created_at DESC, th.highlight_id DESC) AS rank,
         count(*) OVER (PARTITION BY th.touchpoint_id)::int AS quote_count
       FROM touchpoint_highlights th JOIN touchpoints t ON t.id = th.touchpoint_id
       WHERE ${where}
     ) r
     JOIN highlights h ON h.id = r.highlight_id
     JOIN interviews i ON i.id = h.interview_id
     WHERE r.rank <= $2
     ORDER BY r.touchpoint_id, r.rank`,
    [id, perTouchpoint],
  );
  const byTouchpoint = new Map<string, TouchpointQuotes>();
  for (const row of rows) {
    const entry = byTouchpoint.get(row.touchpoint_id) ?? { quotes: [], count: row.quote_count };
    entry.quotes.push({ highlightId: row.highlight_id, interviewId: row.interview_id, interviewTitle: row.interview_title, quote: row.quote });
    byTouchpoint.set(row.touchpoint_id, entry);
  }
  return byTouchpoint;
}
