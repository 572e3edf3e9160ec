import type { MantineColor } from '@mantine/core';
import type { SolutionEvaluation } from '@outcome-atlas/contracts';

type Verdict = SolutionEvaluation['verdict'];

/** The evaluation's verdict in words, with what it means and what to do next. */
export const VERDICT_STYLES: Record<Verdict, { label: string; color: MantineColor; explanation: string }> = {
  improved: { label: 'Improved', color: 'teal', explanation: 'The KPI moved in its better direction after the ship date.' },
  worsened: { label: 'Worsened', color: 'red', explanation: 'The KPI moved in its worse direction after the ship date.' },
  unchanged: { label: 'Unchanged', color: 'gray', explanation: 'The KPI is about where it was before the ship date.' },
  'not-shipped': { label: 'Not shipped yet', color: 'gray', explanation: 'Set the status to shipped with a ship date to compare before and after.' },
  'no-kpi': { label: 'No KPI chosen', color: 'yellow', explanation: 'Choose the KPI this solution is expected to move to evaluate it.' },
  'not-enough-data': {
    label: 'Not enough data',
    color: 'yellow',
    explanation: 'The KPI needs at least one value before and one after the ship date. Record or import more values.',
  },
};

/** Whether the change went the way the hypothesis said, in words; null when it cannot be judged. */
export function expectationText(evaluation: Pick<SolutionEvaluation, 'expectedMet' | 'expectedDirection'>): string | null {
  if (evaluation.expectedMet === null) return evaluation.expectedDirection ? null : 'No expected direction was set.';
  const expected = evaluation.expectedDirection === 'decrease' ? 'decrease' : 'increase';
  return evaluation.expectedMet ? `Moved as expected (expected to ${expected}).` : `Did not move as expected (expected to ${expected}).`;
}
