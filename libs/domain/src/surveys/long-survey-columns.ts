import { normalizeHeaderName, quoteHeader, type SurveyHeaderError } from './survey-header.js';

/** The fields of a long survey export: one row per respondent and outcome. */
export type LongSurveyField = 'respondentId' | 'outcomeId' | 'importance' | 'satisfaction' | 'segment';

/** The columns of a long export as they are spelled in the documentation; `segment` is optional. */
export const LONG_SURVEY_COLUMNS = ['respondent_id', 'outcome_id', 'importance', 'satisfaction', 'segment'] as const;

const FIELDS: Record<string, LongSurveyField> = {
  respondentid: 'respondentId',
  outcomeid: 'outcomeId',
  importance: 'importance',
  satisfaction: 'satisfaction',
  segment: 'segment',
};
const REQUIRED: readonly LongSurveyField[] = ['respondentId', 'outcomeId', 'importance', 'satisfaction'];
const SPELLING: Record<LongSurveyField, string> = {
  respondentId: 'respondent_id',
  outcomeId: 'outcome_id',
  importance: 'importance',
  satisfaction: 'satisfaction',
  segment: 'segment',
};
const EXPECTED = 'respondent_id,outcome_id,importance,satisfaction[,segment]';

export type LongSurveyColumn = { index: number; header: string; field: LongSurveyField | null; error: string | null };

export type LongSurveyPlan = {
  columns: LongSurveyColumn[];
  /** The column of each field (0-based); null for a missing one. */
  fieldColumns: Record<LongSurveyField, number | null>;
  errors: SurveyHeaderError[];
};

/**
 * Reads the header of a long survey export: `respondent_id,outcome_id,importance,satisfaction` and optionally
 * `segment`, in any order, case, spaces and underscores ignored. Any other column, a repeated one or a missing
 * required one is an error naming the expected columns.
 */
export function planLongSurveyColumns(header: readonly string[]): LongSurveyPlan {
  const fieldColumns: Record<LongSurveyField, number | null> = { respondentId: null, outcomeId: null, importance: null, satisfaction: null, segment: null };
  const columns = header.map((text, index): LongSurveyColumn => {
    const field = FIELDS[normalizeHeaderName(text)] ?? null;
    if (field === null) return { index, header: text, field, error: `${quoteHeader(text)} is not a column of the long format; expected ${EXPECTED}` };
    const first = fieldColumns[field];
    if (first !== null) return { index, header: text, field, error: `A second ${SPELLING[field]} column; ${quoteHeader(header[first]!)} is the first` };
    fieldColumns[field] = index;
    return { index, header: text, field, error: null };
  });
  const errors: SurveyHeaderError[] = REQUIRED.filter((field) => fieldColumns[field] === null).map((field) => ({
    column: null,
    header: null,
    code: 'MISSING_COLUMN',
    message: `The header has no ${SPELLING[field]} column; expected ${EXPECTED}`,
  }));
  for (const column of columns) {
    if (column.error !== null) {
      errors.push({ column: column.index, header: column.header, code: column.field === null ? 'UNKNOWN_COLUMN' : 'DUPLICATE_COLUMN', message: column.error });
    }
  }
  return { columns, fieldColumns, errors };
}
