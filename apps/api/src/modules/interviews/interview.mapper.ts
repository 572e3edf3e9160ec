import type { InterviewListItem, InterviewSummary, SearchSnippet, TranscriptFormat } from '@outcome-atlas/contracts';
import { iso } from '../../common/iso.js';

export type InterviewSummaryRow = {
  id: string;
  project_id: string;
  title: string;
  format: TranscriptFormat;
  participant_pseudonym: string;
  persona_id: string | null;
  participant_attributes: Record<string, string>;
  interviewer: string;
  interview_date: string | null;
  language: string;
  utterance_count: number;
  word_count: number;
  highlight_count: number;
  created_at: Date;
  updated_at: Date;
  cursor_at: string;
};

export const INTERVIEW_SUMMARY_COLUMNS = `i.id, i.project_id, i.title, i.format, i.participant_pseudonym, i.persona_id, i.participant_attributes,
  i.interviewer, to_char(i.interview_date, 'YYYY-MM-DD') AS interview_date, i.language, i.utterance_count, i.word_count, i.created_at, i.updated_at, i.created_at::text AS cursor_at,
  (SELECT count(*)::int FROM highlights h WHERE h.interview_id = i.id) AS highlight_count`;

export const toInterviewSummary = (row: InterviewSummaryRow): InterviewSummary => ({
  id: row.id,
  projectId: row.project_id,
  title: row.title,
  format: row.format,
  participant: { pseudonym: row.participant_pseudonym, personaId: row.persona_id, attributes: row.participant_attributes },
  interviewer: row.interviewer,
  interviewDate: row.interview_date,
  language: row.language,
  utteranceCount: row.utterance_count,
  wordCount: row.word_count,
  highlightCount: row.highlight_count,
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

/**
 * Text as the search vectors index it: angle brackets become look-alike quotes, because the
 * full-text parser drops anything like "<inaudible>" as an XML tag. Snippets map them back.
 */
export const SEARCHABLE = (column: string) => `translate(${column}, '<>', '‹›')`;

// ts_headline marks matches with these private-use characters; they never reach the client.
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/** Turns a ts_headline result into plain text plus match ranges, so the client never renders server HTML. */
export function toSnippet(headline: string): SearchSnippet {
  let text = '';
  const matches: SearchSnippet['matches'] = [];
  let open: number | null = null;
  for (const char of headline) {
    if (char === MATCH_START) open = text.length;
    else if (char === MATCH_END && open !== null) {
      matches.push({ start: open, end: text.length });
      open = null;
    } else text += char === '‹' ? '<' : char === '›' ? '>' : char;
  }
  return { text, matches };
}

export const toListItem = (row: InterviewSummaryRow & { rank?: number | null; headline?: string | null }): InterviewListItem => ({
  ...toInterviewSummary(row),
  rank: row.rank ?? null,
  snippet: row.headline ? toSnippet(row.headline) : null,
});
