import type { ImportRatingsQuery, RejectedLine } from '@outcome-atlas/contracts';
import { planLongSurveyColumns, planWideSurveyColumns, type SurveyHeaderError, type WideSurveyPlan } from '@outcome-atlas/domain';

/**
 * Every data line lands here first, as text, with its line number: long lines one to one, wide lines unpivoted
 * into one row per outcome answered (a wide line answering nothing still stages its respondent). Validation and
 * the writes then run as set-based SQL over this table.
 */
export const STAGING_TABLE_SQL = `
  CREATE TEMP TABLE import_lines (
    line integer NOT NULL,
    respondent text NOT NULL,
    outcome text,          -- outcome key or id as written (long) or the outcome id (wide); null: the row rates nothing
    importance text,       -- trimmed answer as written; null when blank
    satisfaction text,
    profile boolean NOT NULL, -- carries the respondent's segment and attributes: every long line, one row per wide line
    segment text,
    attributes jsonb
  ) ON COMMIT DROP`;
export const STAGING_COPY_SQL = 'COPY import_lines (line, respondent, outcome, importance, satisfaction, profile, segment, attributes) FROM STDIN';

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
  /** The column of the file a staged field came from, for rejection messages. */
  columnOf(field: StagedField, detail: { outcomeId?: string | null; attribute?: string | null }): string | null;
};

const MAX_ATTRIBUTES = 50;
const MAX_ATTRIBUTE_NAME = 100;
const NULL = '\\N';
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in COPY's text format. */
const copyText = (value: string): string => (COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (char) => COPY_ESCAPES[char]!) : value);
/** Trimmed, or NULL when blank: a blank answer or segment is no answer. */
const answer = (value: string | undefined): string => {
  const text = value?.trim() ?? '';
  return text === '' ? NULL : copyText(text);
};

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
  return format === 'long' ? longLayout(header) : wideLayout(header, outcomes);
}

function longLayout(header: readonly string[]): StagingLayout {
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
  let rated = 0;
  return {
    rows: (record, line) => {
      const importance = answer(record[i]);
      const satisfaction = answer(record[s]);
      if (importance !== NULL || satisfaction !== NULL) rated += 1;
      return `${line}\t${copyText(record[r]!.trim())}\t${copyText(record[o]!.trim())}\t${importance}\t${satisfaction}\tt\t${segment === null ? NULL : answer(record[segment])}\t${NULL}\n`;
    },
    ratedRows: () => rated,
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
  const rated = plan.outcomes.map((outcome) => ({ id: outcome.outcomeId, importance: outcome.importanceColumn, satisfaction: outcome.satisfactionColumn }));
  let ratedRows = 0;

  const profile = (record: readonly string[]): string => {
    const values: Record<string, string> = {};
    for (const attribute of attributes) {
      const value = record[attribute.index]!.trim();
      if (value !== '') values[attribute.name] = value;
    }
    const json = Object.keys(values).length > 0 ? copyText(JSON.stringify(values)) : NULL;
    return `t\t${segmentColumn === null ? NULL : answer(record[segmentColumn])}\t${json}\n`;
  };
  return {
    rows: (record, line) => {
      const lead = `${line}\t${copyText(record[respondentColumn]!.trim())}\t`;
      let rows = '';
      for (const outcome of rated) {
        const importance = outcome.importance === null ? NULL : answer(record[outcome.importance]);
        const satisfaction = outcome.satisfaction === null ? NULL : answer(record[outcome.satisfaction]);
        if (importance === NULL && satisfaction === NULL) continue;
        ratedRows += 1;
        rows += `${lead}${outcome.id}\t${importance}\t${satisfaction}\t${rows === '' ? profile(record) : `f\t${NULL}\t${NULL}\n`}`;
      }
      return rows === '' ? `${lead}${NULL}\t${NULL}\t${NULL}\t${profile(record)}` : rows;
    },
    ratedRows: () => ratedRows,
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
