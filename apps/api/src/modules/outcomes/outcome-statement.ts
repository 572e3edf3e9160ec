import { lintOutcomeStatement, normalizeOutcomeStatement, parseOutcomeStatement } from '@outcome-atlas/domain';

/** The outcomes columns derived from a statement, as the extraction writer fills them for extracted outcomes. */
export type StatementColumns = {
  statement: string;
  normalized_statement: string;
  direction: string | null;
  metric: string | null;
  object_of_control: string | null;
  contextual_clarifier: string | null;
  lint_issues: { code: string; severity: string; message: string; suggestion: string | undefined }[];
};

export function statementColumns(text: string): StatementColumns {
  const statement = text.slice(0, 500);
  const parts = parseOutcomeStatement(statement);
  return {
    statement,
    normalized_statement: normalizeOutcomeStatement(statement).slice(0, 500),
    direction: parts.direction?.value ?? null,
    metric: parts.metric?.text ?? null,
    object_of_control: parts.objectOfControl?.text ?? null,
    contextual_clarifier: parts.contextualClarifier?.text ?? null,
    lint_issues: lintOutcomeStatement(statement).map(({ code, severity, message, suggestion }) => ({ code, severity, message, suggestion })),
  };
}
