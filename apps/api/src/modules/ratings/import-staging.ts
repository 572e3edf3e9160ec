import type { ImportRatingsQuery, RejectedLine } from '@outcome-atlas/contracts';
import { planLongSurveyColumns, planWideSurveyColumns, type SurveyHeaderError, type WideSurveyPlan } from '@outcome-atlas/domain';

/**
 * Every data line lands here first, with its line number: long lines one to one, wide lines unpivoted into one
 * row per outcome answered (a wide line answering nothing still stages its respondent). Validation and the writes
 * then run as set-based SQL over this table. What can be decided while parsing is: the outcome a row rates is
 * resolved to its number (its position in the outcomes given, 1-based: a small integer is cheaper to stage and join
 * than a uuid), answers are trimmed (and `4.0` staged as `4`), and a row whose fields might be invalid is
 * flagged `suspect`, so that validation examines field by field only those rows (and the rows of outcomes merged
 * or deleted since the upload began), not a million good ones.
 */
export const STAGING_TABLE_SQL = `
  CREATE TEMP TABLE import_lines (
    line integer NOT NULL,
    respondent text NOT NULL,
    outcome_no integer,    -- the outcome rated, by number: the column's (wide) or the one whose key or id is written (long); null: none
    outcome text,          -- long: the outcome as written (for messages); wide: null
    importance text,       -- trimmed answer as written (a valid one as a single digit); null when blank
    satisfaction text,
    suspect boolean NOT NULL, -- a field of the row may be invalid (every invalid row is suspect, not every suspect row invalid)
    profile boolean NOT NULL, -- carries the respondent's segment and attributes: every long line, one row per wide line
    segment text,
    attributes jsonb
  ) ON COMMIT DROP`;
export const STAGING_COPY_SQL = 'COPY import_lines (line, respondent, outcome_no, outcome, importance, satisfaction, suspect, profile, segment, attributes) FROM STDIN';

/** An outcome of the project as an import header may name it. */
export type ImportOutcome = { id: string; key: string; status: string; mergedIntoKey: string | null };

/** A staged field, as validation names it; `attribute` also needs the attribute name. */
export type StagedField = 'respondent' | 'outcome' | 'importance' | 'satisfaction' | 'segment' | 'attribute';

export class HeaderRejected extends Error {
  constructor(readonly rejected: RejectedLine[]) {
    super('The header cannot be imported');
  }
}

export type StagingLayout = {
  /** COPY text rows for one data record. */
  rows(record: readonly string[], line: number): string;
  /** Staged rows that carry an answer: the ratings the file holds. */
  ratedRows(): number;
  /** The numbers of the outcomes the staged rows rate, to check again under lock. */
  ratedOutcomes(): number[];
  /** The column of the file a staged field came from, for rejection messages. */
  columnOf(field: StagedField, detail: { outcomeId?: string | null; attribute?: string | null }): string | null;
};

const MAX_ATTRIBUTES = 50;
const MAX_ATTRIBUTE_NAME = 100;
// The limits validation enforces (import-checks.sql.ts). JavaScript lengths count UTF-16 units, never fewer than
// PostgreSQL's characters, so a row within these lengths here is within them there.
const MAX_RESPONDENT_ID = 200;
const MAX_SEGMENT = 100;
const MAX_ATTRIBUTE_VALUE = 500;
const NULL = '\\N';
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const DECIMAL_ANSWER = /^[1-5]\.0+$/;

/** A value in COPY's text format. */
const copyText = (value: string): string => (COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (char) => COPY_ESCAPES[char]!) : value);
/** Trimmed, or NULL when blank: a blank segment is no segment. */
const optional = (value: string | undefined): string => {
  const text = value?.trim() ?? '';
  return text === '' ? NULL : copyText(text);
};
/** An answer as staged: trimmed, NULL when blank, a valid `4.0` as `4`; anything else as written, for validation to name. */
const answer = (value: string | undefined): string => {
  const text = value?.trim() ?? '';
  if (text === '') return NULL;
  return text.length > 1 && DECIMAL_ANSWER.test(text) ? text[0]! : copyText(text);
};
/** Whether a staged answer is anything but blank or a single digit 1–5. */
const suspectAnswer = (staged: string): boolean => staged !== NULL && !(staged.length === 1 && staged >= '1' && staged <= '5');
const flag = (value: boolean): string => (value ? 't' : 'f');

/** A header problem, with its column's position (-1: a missing column) to list problems in column order. */
type HeaderProblem = { position: number; rejected: RejectedLine };

const headerProblem = (error: SurveyHeaderError): HeaderProblem => ({
  position: error.column ?? -1,
  rejected: { line: 1, column: error.header, code: error.code, reason: error.message },
});

function rejectHeader(problems: HeaderProblem[]): never {
  throw new HeaderRejected(problems.sort((a, b) => a.position - b.position).map((problem) => problem.rejected));
}

/** Reads the header record; throws HeaderRejected naming every problem at line 1. */
export function planStaging(format: ImportRatingsQuery['format'], header: readonly string[], outcomes: readonly ImportOutcome[]): StagingLayout {
  return format === 'long' ? longLayout(header, outcomes) : wideLayout(header, outcomes);
}

/** The number of the outcome a long line names, by key (`O-12`, any case) or id; merged ones too (validation names them). */
function outcomeRefs(outcomes: readonly ImportOutcome[]): Map<string, number> {
  return new Map(outcomes.flatMap((outcome, index) => [[outcome.key.toLowerCase(), index + 1], [outcome.id.toLowerCase(), index + 1]]));
}

function longLayout(header: readonly string[], outcomes: readonly ImportOutcome[]): StagingLayout {
  const plan = planLongSurveyColumns(header);
  if (plan.errors.length > 0) rejectHeader(plan.errors.map(headerProblem));
  const fields = plan.fieldColumns;
  const columns: Record<StagedField, number | null> = {
    respondent: fields.respondentId,
    outcome: fields.outcomeId,
    importance: fields.importance,
    satisfaction: fields.satisfaction,
    segment: fields.segment,
    attribute: null,
  };
  const [r, o, i, s, segment] = [fields.respondentId!, fields.outcomeId!, fields.importance!, fields.satisfaction!, fields.segment];
  const refs = outcomeRefs(outcomes);
  const rated = new Set<number>();
  let ratedRows = 0;
  return {
    rows: (record, line) => {
      const respondent = record[r]!.trim();
      const written = record[o]!.trim();
      const outcome = refs.get(written.toLowerCase());
      const importance = answer(record[i]);
      const satisfaction = answer(record[s]);
      const segmentText = segment === null ? NULL : optional(record[segment]);
      if (importance !== NULL || satisfaction !== NULL) ratedRows += 1;
      if (outcome !== undefined) rated.add(outcome);
      const suspect =
        outcome === undefined ||
        suspectAnswer(importance) ||
        suspectAnswer(satisfaction) ||
        respondent === '' ||
        respondent.length > MAX_RESPONDENT_ID ||
        (segmentText !== NULL && segmentText.length > MAX_SEGMENT);
      return `${line}\t${copyText(respondent)}\t${outcome ?? NULL}\t${copyText(written)}\t${importance}\t${satisfaction}\t${flag(suspect)}\tt\t${segmentText}\t${NULL}\n`;
    },
    ratedRows: () => ratedRows,
    ratedOutcomes: () => [...rated],
    columnOf: (field) => {
      const index = columns[field];
      return index === null ? null : header[index]!;
    },
  };
}

function wideLayout(header: readonly string[], outcomes: readonly ImportOutcome[]): StagingLayout {
  const plan = planWideSurveyColumns(header, outcomes);
  const problems = plan.errors.map(headerProblem).concat(wideLimits(plan, outcomes));
  if (problems.length > 0) rejectHeader(problems);
  const respondentColumn = plan.respondentColumn!;
  const segmentColumn = plan.segmentColumn;
  const attributes = plan.columns.filter((column) => column.role === 'attribute').map((column) => ({ index: column.index, name: column.attribute! }));
  const numbers = new Map(outcomes.map((outcome, index) => [outcome.id, index + 1]));
  const rated = plan.outcomes.map((outcome) => ({ no: numbers.get(outcome.outcomeId)!, importance: outcome.importanceColumn, satisfaction: outcome.satisfactionColumn }));
  let ratedRows = 0;

  /** The segment and attributes columns of a profile row, and whether one of them (or the respondent id) may be invalid. */
  const profile = (record: readonly string[], respondent: string): { columns: string; suspect: boolean } => {
    const values: Record<string, string> = {};
    let suspect = respondent === '' || respondent.length > MAX_RESPONDENT_ID;
    for (const attribute of attributes) {
      const value = record[attribute.index]!.trim();
      if (value === '') continue;
      values[attribute.name] = value;
      if (value.length > MAX_ATTRIBUTE_VALUE) suspect = true;
    }
    const segmentText = segmentColumn === null ? NULL : optional(record[segmentColumn]);
    if (segmentText !== NULL && segmentText.length > MAX_SEGMENT) suspect = true;
    const json = Object.keys(values).length > 0 ? copyText(JSON.stringify(values)) : NULL;
    return { columns: `t\t${segmentText}\t${json}\n`, suspect };
  };
  return {
    rows: (record, line) => {
      const respondent = record[respondentColumn]!.trim();
      const lead = `${line}\t${copyText(respondent)}\t`;
      const profiled = profile(record, respondent);
      let rows = '';
      for (const outcome of rated) {
        const importance = outcome.importance === null ? NULL : answer(record[outcome.importance]);
        const satisfaction = outcome.satisfaction === null ? NULL : answer(record[outcome.satisfaction]);
        if (importance === NULL && satisfaction === NULL) continue;
        ratedRows += 1;
        // The line's first row carries its profile (and the profile's suspicion); the others only answers.
        const first = rows === '';
        const suspect = suspectAnswer(importance) || suspectAnswer(satisfaction) || (first && profiled.suspect);
        rows += `${lead}${outcome.no}\t${NULL}\t${importance}\t${satisfaction}\t${flag(suspect)}\t${first ? profiled.columns : `f\t${NULL}\t${NULL}\n`}`;
      }
      return rows === '' ? `${lead}${NULL}\t${NULL}\t${NULL}\t${NULL}\t${flag(profiled.suspect)}\t${profiled.columns}` : rows;
    },
    ratedRows: () => ratedRows,
    ratedOutcomes: () => rated.map((outcome) => outcome.no),
    columnOf: (field, detail) => {
      if (field === 'respondent') return header[respondentColumn]!;
      if (field === 'segment') return segmentColumn === null ? null : header[segmentColumn]!;
      if (field === 'attribute') {
        const attribute = attributes.find((entry) => entry.name === detail.attribute);
        return attribute ? header[attribute.index]! : null;
      }
      const outcome = plan.outcomes.find((entry) => entry.outcomeId === detail.outcomeId);
      const index = field === 'importance' ? outcome?.importanceColumn : field === 'satisfaction' ? outcome?.satisfactionColumn : null;
      return index === null || index === undefined ? null : header[index]!;
    },
  };
}

/** What the API adds to the domain's header plan: merged outcomes, and the respondent attribute limits of the contract. */
function wideLimits(plan: WideSurveyPlan, outcomes: readonly ImportOutcome[]): HeaderProblem[] {
  const problems: HeaderProblem[] = [];
  const reject = (position: number, rejected: Omit<RejectedLine, 'line'>) => problems.push({ position, rejected: { line: 1, ...rejected } });
  const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
  const attributes = plan.columns.filter((column) => column.role === 'attribute' && column.error === null);
  for (const column of plan.columns) {
    const outcome = column.outcomeId ? byId.get(column.outcomeId) : undefined;
    if (outcome?.status === 'merged') {
      reject(column.index, { column: column.header, code: 'OUTCOME_MERGED', reason: `${outcome.key} was merged into ${outcome.mergedIntoKey ?? 'another outcome'}; rate that outcome instead` });
    }
    if (column.role === 'attribute' && (column.attribute?.length ?? 0) > MAX_ATTRIBUTE_NAME) {
      reject(column.index, { column: column.header, code: 'VALUE_TOO_LONG', reason: `Attribute names have at most ${MAX_ATTRIBUTE_NAME} characters` });
    }
  }
  if (attributes.length > MAX_ATTRIBUTES) {
    reject(attributes[MAX_ATTRIBUTES]!.index, {
      column: attributes[MAX_ATTRIBUTES]!.header,
      code: 'TOO_MANY_ATTRIBUTES',
      reason: `At most ${MAX_ATTRIBUTES} attribute columns; this file has ${attributes.length} (columns other than the respondent id, segment and ratings are attributes)`,
    });
  }
  return problems;
}
