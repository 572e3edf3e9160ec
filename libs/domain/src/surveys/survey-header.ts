/** The two ODI questions asked about every outcome. */
export type SurveyQuestion = 'importance' | 'satisfaction';

/** An outcome a survey column may name: by its short key (`O-12`, any case) or by its id. */
export type SurveyOutcome = { id: string; key: string };

/** Why a header cannot be imported; each problem names the column (0-based) when one is at fault. */
export type SurveyHeaderErrorCode =
  | 'MISSING_COLUMN'
  | 'UNKNOWN_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'UNKNOWN_OUTCOME'
  | 'EMPTY_HEADER';

export type SurveyHeaderError = {
  /** 0-based column index; null when the problem is a column that is missing. */
  column: number | null;
  /** The header text of that column as written in the file; null with `column`. */
  header: string | null;
  code: SurveyHeaderErrorCode;
  message: string;
};

/**
 * Header names compared without case, surrounding spaces, inner spaces or underscores,
 * so `Respondent ID`, `respondent_id` and `RESPONDENTID` are one name.
 */
export function normalizeHeaderName(header: string): string {
  return header.trim().toLowerCase().replace(/[\s_]+/g, '');
}

/** `"O-12 imp"` as it reads in messages. */
export const quoteHeader = (header: string): string => JSON.stringify(header);
