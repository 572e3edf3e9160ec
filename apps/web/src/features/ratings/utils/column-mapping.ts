import { type SurveyOutcome, type WideSurveyColumn, planLongSurveyColumns, planWideSurveyColumns } from '@outcome-atlas/domain';
import { pluralize } from '../../../lib/format';

export type SurveyFormat = 'long' | 'wide';

/** How the import will read one column of a survey file. */
export type MappingRole = 'respondentId' | 'segment' | 'attribute' | 'importance' | 'satisfaction' | 'outcomeRef' | 'ignored';

export type MappingRow = {
  /** 0-based position in the header. */
  index: number;
  header: string;
  role: MappingRole;
  /** The outcome a wide file's importance or satisfaction column answers (null when its reference matches none). */
  outcome: { id: string; key: string } | null;
  error: string | null;
};

export type ColumnMapping = {
  rows: MappingRow[];
  /** Problems of the header as a whole, e.g. no respondent id column. */
  errors: string[];
  /** What the file holds, e.g. "12 outcomes, 2 attributes, segment". */
  summary: string;
};

export const ROLE_LABELS: Record<MappingRole, string> = {
  respondentId: 'Respondent id',
  segment: 'Segment',
  attribute: 'Attribute',
  importance: 'Importance',
  satisfaction: 'Satisfaction',
  outcomeRef: 'Outcome id or key',
  ignored: 'Not a column of this format',
};

export const mappingProblemCount = (mapping: ColumnMapping) => mapping.errors.length + mapping.rows.filter((row) => row.error !== null).length;

function wideRole(column: WideSurveyColumn): MappingRole {
  if (column.role !== 'rating') return column.role;
  return column.question === 'satisfaction' ? 'satisfaction' : 'importance';
}

/**
 * The header of a survey file as the import will read it, from the domain's column planners
 * (`planWideSurveyColumns` matches rating columns with `outcomes` by key or id; `planLongSurveyColumns`
 * checks the fixed long columns).
 */
export function planColumnMapping(format: SurveyFormat, header: readonly string[], outcomes: readonly SurveyOutcome[]): ColumnMapping {
  if (format === 'long') {
    const plan = planLongSurveyColumns(header);
    return {
      rows: plan.columns.map((column) => ({
        index: column.index,
        header: column.header,
        role: column.field === null ? 'ignored' : column.field === 'outcomeId' ? 'outcomeRef' : column.field,
        outcome: null,
        error: column.error,
      })),
      errors: plan.errors.filter((error) => error.column === null).map((error) => error.message),
      summary: plan.fieldColumns.segment === null ? 'one line per respondent and outcome' : 'one line per respondent and outcome, with a segment',
    };
  }
  const plan = planWideSurveyColumns(header, outcomes);
  const attributes = plan.columns.filter((column) => column.role === 'attribute' && column.error === null).length;
  const parts = [pluralize(plan.outcomes.length, 'outcome')];
  if (attributes > 0) parts.push(pluralize(attributes, 'attribute'));
  if (plan.segmentColumn !== null) parts.push('segment');
  return {
    rows: plan.columns.map((column) => ({
      index: column.index,
      header: column.header,
      role: wideRole(column),
      outcome: column.outcomeId !== null && column.outcomeKey !== null ? { id: column.outcomeId, key: column.outcomeKey } : null,
      error: column.error,
    })),
    errors: plan.errors.filter((error) => error.column === null).map((error) => error.message),
    summary: parts.join(', '),
  };
}
