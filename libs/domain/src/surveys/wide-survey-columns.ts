import { normalizeHeaderName, quoteHeader, type SurveyHeaderError, type SurveyOutcome, type SurveyQuestion } from './survey-header.js';

/**
 * Header names of the respondent id column, normalized (see {@link normalizeHeaderName}; `respondent_id` and
 * `respondentid` are one name), most specific first.
 */
export const RESPONDENT_COLUMN_NAMES = ['respondentid', 'respondent', 'responseid', 'id'] as const;

export type WideSurveyColumnRole = 'respondentId' | 'segment' | 'rating' | 'attribute';

/** How one column of a wide survey export is read. */
export type WideSurveyColumn = {
  /** 0-based position in the header. */
  index: number;
  /** The header as written in the file. */
  header: string;
  role: WideSurveyColumnRole;
  /** rating: the outcome rated (null when the reference matches no outcome). */
  outcomeId: string | null;
  /** rating: that outcome's key as the project spells it (`O-12`). */
  outcomeKey: string | null;
  /** rating: which of the two questions the column answers. */
  question: SurveyQuestion | null;
  /** attribute: the attribute name (the trimmed header). */
  attribute: string | null;
  /** Why the column cannot be imported; null when it can. */
  error: string | null;
};

/** One rated outcome and the columns holding its answers (a survey may ask only one of the two questions). */
export type WideSurveyOutcomeColumns = { outcomeId: string; outcomeKey: string; importanceColumn: number | null; satisfactionColumn: number | null };

export type WideSurveyPlan = {
  /** One entry per header column, in file order. */
  columns: WideSurveyColumn[];
  respondentColumn: number | null;
  segmentColumn: number | null;
  /** The rated outcomes, in the order their first column appears. */
  outcomes: WideSurveyOutcomeColumns[];
  /** Everything that stops the import: each column error, and a missing respondent id column. Empty when the header is usable. */
  errors: SurveyHeaderError[];
};

const QUESTIONS: Record<string, SurveyQuestion> = {
  importance: 'importance',
  imp: 'importance',
  i: 'importance',
  satisfaction: 'satisfaction',
  sat: 'satisfaction',
  s: 'satisfaction',
};
// `<ref><sep><question>` (`O-12 importance`, `O-12_sat`, `O-12.i`) or `<question><sep><ref>` (`imp_O-12`).
const SEPARATOR = '[\\s_.:-]+';
const REF_THEN_QUESTION = new RegExp(`^(.+?)${SEPARATOR}(importance|imp|i|satisfaction|sat|s)$`, 'i');
const QUESTION_THEN_REF = new RegExp(`^(importance|imp|satisfaction|sat)${SEPARATOR}(.+)$`, 'i');
// Only references shaped like a key or an id make a column a rating, so `satisfaction_overall` stays an attribute.
const KEY_SHAPE = /^[a-z]+-\d+$/i;
const ID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type RatingHeader = { ref: string; question: SurveyQuestion };

/** The outcome reference and question a header names, or null when it does not look like a rating column. */
export function parseRatingHeader(header: string): RatingHeader | null {
  const text = header.trim();
  const suffixed = REF_THEN_QUESTION.exec(text);
  const prefixed = suffixed ? null : QUESTION_THEN_REF.exec(text);
  const ref = suffixed?.[1] ?? prefixed?.[2];
  const word = suffixed?.[2] ?? prefixed?.[1];
  if (ref === undefined || word === undefined) return null;
  const question = QUESTIONS[word.toLowerCase()];
  if (!question || !(KEY_SHAPE.test(ref) || ID_SHAPE.test(ref))) return null;
  return { ref, question };
}

/**
 * Reads the header of a wide survey export (one row per respondent) and says what each column holds:
 * - the respondent id: `respondent_id`, `respondent`, `respondentid`, `response_id` or `id` (case, spaces and
 *   underscores ignored; the first of these names that is present wins);
 * - `segment`: the respondent's segment label;
 * - a rating: `<ref><sep><question>` or `<question><sep><ref>`, where ref is an outcome key (`O-12`, any case)
 *   or id, sep is spaces, `_`, `.`, `:` or `-`, and question is `importance`/`imp`/`i` or `satisfaction`/`sat`/`s`
 *   (`i` and `s` only after the ref);
 * - anything else: a free attribute of the respondent, named by the trimmed header.
 *
 * Problems are reported, never thrown: a rating column whose ref matches no outcome, two columns for the same
 * outcome and question, a second respondent id or segment column, two attributes with the same name (case
 * ignored), an empty header, and a missing respondent id column.
 */
export function planWideSurveyColumns(header: readonly string[], outcomes: readonly SurveyOutcome[]): WideSurveyPlan {
  const byRef = new Map<string, SurveyOutcome>();
  for (const outcome of outcomes) {
    byRef.set(outcome.key.toLowerCase(), outcome);
    byRef.set(outcome.id.toLowerCase(), outcome);
  }
  const respondentColumn = pickRespondentColumn(header);
  let segmentColumn: number | null = null;
  const ratingColumns = new Map<string, WideSurveyOutcomeColumns>();
  const attributeColumns = new Map<string, number>();

  const columns = header.map((text, index): WideSurveyColumn => {
    const column: WideSurveyColumn = { index, header: text, role: 'attribute', outcomeId: null, outcomeKey: null, question: null, attribute: null, error: null };
    const name = normalizeHeaderName(text);
    if ((RESPONDENT_COLUMN_NAMES as readonly string[]).includes(name)) {
      column.role = 'respondentId';
      if (index !== respondentColumn) column.error = `${quoteHeader(text)} also looks like the respondent id column (${quoteHeader(header[respondentColumn!]!)} is used); rename or remove one`;
      return column;
    }
    if (name === 'segment') {
      column.role = 'segment';
      if (segmentColumn === null) segmentColumn = index;
      else column.error = `A second segment column; ${quoteHeader(header[segmentColumn]!)} is the first`;
      return column;
    }
    const rating = parseRatingHeader(text);
    if (rating) {
      column.role = 'rating';
      column.question = rating.question;
      const outcome = byRef.get(rating.ref.toLowerCase());
      if (!outcome) {
        column.error = `${quoteHeader(text)} rates ${rating.ref}, which is not an outcome of this project`;
        return column;
      }
      column.outcomeId = outcome.id;
      column.outcomeKey = outcome.key;
      const entry = ratingColumns.get(outcome.id) ?? { outcomeId: outcome.id, outcomeKey: outcome.key, importanceColumn: null, satisfactionColumn: null };
      ratingColumns.set(outcome.id, entry);
      const slot = rating.question === 'importance' ? 'importanceColumn' : 'satisfactionColumn';
      const taken = entry[slot];
      if (taken === null) entry[slot] = index;
      else column.error = `A second ${rating.question} column for ${outcome.key}; ${quoteHeader(header[taken]!)} is the first`;
      return column;
    }
    column.attribute = text.trim();
    if (column.attribute === '') {
      column.error = `Column ${index + 1} has no header; name it or remove it`;
      return column;
    }
    const sameName = attributeColumns.get(column.attribute.toLowerCase());
    if (sameName === undefined) attributeColumns.set(column.attribute.toLowerCase(), index);
    else column.error = `A second attribute named ${quoteHeader(column.attribute)} (case is ignored); ${quoteHeader(header[sameName]!)} is the first`;
    return column;
  });

  const errors: SurveyHeaderError[] = [];
  if (respondentColumn === null) {
    errors.push({ column: null, header: null, code: 'MISSING_COLUMN', message: 'No respondent id column; name one respondent_id (or respondent, response_id, id)' });
  }
  for (const column of columns) {
    if (column.error !== null) errors.push({ column: column.index, header: column.header, code: errorCode(column), message: column.error });
  }
  return { columns, respondentColumn, segmentColumn, outcomes: [...ratingColumns.values()], errors };
}

function pickRespondentColumn(header: readonly string[]): number | null {
  const names = header.map(normalizeHeaderName);
  for (const candidate of RESPONDENT_COLUMN_NAMES) {
    const index = names.indexOf(candidate);
    if (index >= 0) return index;
  }
  return null;
}

function errorCode(column: WideSurveyColumn): SurveyHeaderError['code'] {
  if (column.role === 'rating' && column.outcomeId === null) return 'UNKNOWN_OUTCOME';
  if (column.role === 'attribute' && column.attribute === '') return 'EMPTY_HEADER';
  return 'DUPLICATE_COLUMN';
}
