import type { ImportRatingsQuery, RejectedLine } from '@outcome-atlas/contracts';
import { planLongSurveyColumns, planWideSurveyColumns, type SurveyHeaderError, type WideSurveyPlan } from '@outcome-atlas/domain';
import { AnswerBuffer, answerCode, codeAnswer } from './import-answers.js';

/**
 * What validation needs of the file lands here, by COPY, with line numbers; the answers themselves go to an
 * AnswerBuffer (a million of them would be a million rows here). Staged are: each respondent's profile (segment and
 * attributes; every wide line, and the long lines that introduce a respondent or a segment), and every row that might
 * be invalid, flagged `suspect`, with its fields as written, so that validation examines field by field only those
 * (and, when an outcome was merged or deleted since the upload began, that outcome's cells, staged then). The outcome
 * a row rates is resolved to its number (its position in the outcomes given, 1-based) and answers are trimmed (`4.0`
 * staged as `4`).
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

/** A long line rating an outcome its respondent already rated on an earlier line. */
export type RepeatedCell = { line: number; firstLine: number; respondent: string; outcomeNo: number };
const MAX_REPEATED = 1000;

export type StagingLayout = {
  /** COPY text rows for one data record (its answers go to `answers`). */
  rows(record: readonly string[], line: number): string;
  readonly answers: AnswerBuffer;
  /** Long files: cells rated twice, first 1,000 in line order, and how many. */
  readonly repeated: { total: number; first: RepeatedCell[] };
  /** The numbers of the outcomes the file rates, to check again under lock. */
  ratedOutcomes(): number[];
  /** COPY text rows for the cells of these outcomes not staged yet, flagged suspect (they vanished under lock). */
  cellRows(outcomeNos: readonly number[]): string;
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
/** A valid staged answer's value (0 blank). */
const stagedValue = (staged: string): number => (staged === NULL ? 0 : staged.charCodeAt(0) - 48);

/** An answer's value: 0 blank, 1–5, or -1 when it needs validation to name its problem (a fast path for `4`). */
function answerValue(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  if (raw.length === 1) {
    const digit = raw.charCodeAt(0) - 48;
    if (digit >= 1 && digit <= 5) return digit;
  }
  const staged = answer(raw);
  return suspectAnswer(staged) ? -1 : stagedValue(staged);
}

/** Staged cells of outcomes that vanished under lock: the buffered ones, as suspect rows validation then names. */
function cellRows(answers: AnswerBuffer, outcomeNos: readonly number[]): string {
  let rows = '';
  for (const no of outcomeNos) {
    for (const cell of answers.cells(no)) {
      const [importance, satisfaction] = [codeAnswer(cell.code, 'importance') ?? NULL, codeAnswer(cell.code, 'satisfaction') ?? NULL];
      rows += `${cell.line}\t${copyText(answers.respondents[cell.respondent]!)}\t${no}\t${NULL}\t${importance}\t${satisfaction}\tt\tf\t${NULL}\t${NULL}\n`;
    }
  }
  return rows;
}

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
export function planStaging(format: ImportRatingsQuery['format'], header: readonly string[], outcomes: readonly ImportOutcome[], maxCells: number): StagingLayout {
  const answers = new AnswerBuffer(outcomes.length, maxCells);
  return format === 'long' ? longLayout(header, outcomes, answers) : wideLayout(header, outcomes, answers);
}

/** The number of the outcome a long line names, by key (`O-12`, any case) or id; merged ones too (validation names them). */
function outcomeRefs(outcomes: readonly ImportOutcome[]): Map<string, number> {
  return new Map(outcomes.flatMap((outcome, index) => [[outcome.key.toLowerCase(), index + 1], [outcome.id.toLowerCase(), index + 1]]));
}

function longLayout(header: readonly string[], outcomes: readonly ImportOutcome[], answers: AnswerBuffer): StagingLayout {
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
  // Lines naming an outcome merged before the upload are staged whole (and rejected); the buffer skips them.
  const merged = new Set(outcomes.flatMap((outcome, index) => (outcome.status === 'merged' ? [index + 1] : [])));
  const repeated = { total: 0, first: [] as RepeatedCell[] };
  const staged = new Set<number>();
  // Each respondent's first segment (null until a line gives one): lines repeating it need not be staged.
  const segments = new Map<string, string | null>();
  return {
    answers,
    repeated,
    rows: (record, line) => {
      const respondent = record[r]!.trim();
      const written = record[o]!.trim();
      const outcome = refs.get(written.toLowerCase());
      const importance = answer(record[i]);
      const satisfaction = answer(record[s]);
      const segmentText = segment === null ? NULL : optional(record[segment]);
      const invalidAnswer = suspectAnswer(importance) || suspectAnswer(satisfaction);
      const suspect =
        outcome === undefined ||
        merged.has(outcome) ||
        invalidAnswer ||
        respondent === '' ||
        respondent.length > MAX_RESPONDENT_ID ||
        (segmentText !== NULL && segmentText.length > MAX_SEGMENT);
      if (outcome !== undefined && respondent !== '') {
        const code = invalidAnswer || merged.has(outcome) ? 0 : answerCode(stagedValue(importance), stagedValue(satisfaction));
        const firstLine = answers.set(outcome, answers.respondent(respondent, line), code, line);
        if (firstLine !== 0 && ++repeated.total <= MAX_REPEATED) repeated.first.push({ line, firstLine, respondent, outcomeNo: outcome });
      }
      const known = segments.get(respondent);
      const profiles = known === undefined || (segmentText !== NULL && known !== segmentText);
      if (known === undefined || (known === null && segmentText !== NULL)) segments.set(respondent, segmentText === NULL ? null : segmentText);
      if (suspect) {
        if (outcome !== undefined) staged.add(outcome);
        return `${line}\t${copyText(respondent)}\t${outcome ?? NULL}\t${copyText(written)}\t${importance}\t${satisfaction}\tt\tt\t${segmentText}\t${NULL}\n`;
      }
      return profiles ? `${line}\t${copyText(respondent)}\t${NULL}\t${NULL}\t${NULL}\t${NULL}\tf\tt\t${segmentText}\t${NULL}\n` : '';
    },
    ratedOutcomes: () => [...new Set([...answers.outcomes(), ...staged])],
    cellRows: (outcomeNos) => cellRows(answers, outcomeNos.filter((no) => !merged.has(no))),
    columnOf: (field) => {
      const index = columns[field];
      return index === null ? null : header[index]!;
    },
  };
}

function wideLayout(header: readonly string[], outcomes: readonly ImportOutcome[], answers: AnswerBuffer): StagingLayout {
  const plan = planWideSurveyColumns(header, outcomes);
  const problems = plan.errors.map(headerProblem).concat(wideLimits(plan, outcomes));
  if (problems.length > 0) rejectHeader(problems);
  const respondentColumn = plan.respondentColumn!;
  const segmentColumn = plan.segmentColumn;
  const attributes = plan.columns.filter((column) => column.role === 'attribute').map((column) => ({ index: column.index, name: column.attribute! }));
  const numbers = new Map(outcomes.map((outcome, index) => [outcome.id, index + 1]));
  const rated = plan.outcomes.map((outcome) => ({ no: numbers.get(outcome.outcomeId)!, importance: outcome.importanceColumn, satisfaction: outcome.satisfactionColumn }));

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
    answers,
    repeated: { total: 0, first: [] },
    rows: (record, line) => {
      const respondent = record[respondentColumn]!.trim();
      const index = answers.respondent(respondent, line);
      const lead = `${line}\t${copyText(respondent)}\t`;
      const profiled = profile(record, respondent);
      let rows = `${lead}${NULL}\t${NULL}\t${NULL}\t${NULL}\t${flag(profiled.suspect)}\t${profiled.columns}`;
      for (const outcome of rated) {
        const importance = outcome.importance === null ? 0 : answerValue(record[outcome.importance]);
        const satisfaction = outcome.satisfaction === null ? 0 : answerValue(record[outcome.satisfaction]);
        if (importance > 0 || satisfaction > 0) {
          if (importance >= 0 && satisfaction >= 0) {
            answers.set(outcome.no, index, answerCode(importance, satisfaction), line);
            continue;
          }
        } else if (importance === 0 && satisfaction === 0) continue;
        const [i, s] = [outcome.importance === null ? NULL : answer(record[outcome.importance]), outcome.satisfaction === null ? NULL : answer(record[outcome.satisfaction])];
        rows += `${lead}${outcome.no}\t${NULL}\t${i}\t${s}\tt\tf\t${NULL}\t${NULL}\n`;
      }
      return rows;
    },
    ratedOutcomes: () => rated.map((outcome) => outcome.no),
    cellRows: (outcomeNos) => cellRows(answers, outcomeNos),
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
