import { describe, expect, it } from 'vitest';
import { solution } from '../testing/solution-fixtures';
import { EMPTY_SOLUTION_FORM, type SolutionFormValues, solutionFormSchema, solutionFormValues, toCreateSolutionRequest } from './solution-form';

const form = (overrides: Partial<SolutionFormValues>): SolutionFormValues => ({ ...EMPTY_SOLUTION_FORM, title: 'Reminder emails before the close', ...overrides });
const issues = (values: SolutionFormValues) => (solutionFormSchema.safeParse(values).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('the solution form', () => {
  it.each(['shipped', 'evaluated'] as const)('needs a ship date once %s', (status) => {
    expect(issues(form({ status }))).toEqual(['shipDate: A shipped or evaluated solution needs its ship date']);
    expect(issues(form({ status, shipDate: '2026-09-15' }))).toEqual([]);
  });

  it.each(['idea', 'testing', 'dropped'] as const)('lets a %s solution go without one', (status) => {
    expect(issues(form({ status }))).toEqual([]);
  });

  it('requires a title and a real date', () => {
    expect(issues(form({ title: '  ', shipDate: 'soon' }))).toEqual([expect.stringMatching(/^title: /), 'shipDate: Enter a date']);
  });

  it('sends no date as null and drops a direction without a KPI', () => {
    expect(toCreateSolutionRequest(form({ expectedDirection: 'increase' }))).toEqual({
      title: 'Reminder emails before the close',
      description: '',
      hypothesis: '',
      status: 'idea',
      shipDate: null,
      expectedKpiId: null,
      expectedDirection: null,
      outcomeIds: [],
    });
  });

  it('fills in a solution being edited', () => {
    const existing = solution({ shipDate: '2026-09-15', status: 'shipped' });
    expect(solutionFormValues(existing)).toMatchObject({ status: 'shipped', shipDate: '2026-09-15', expectedKpiId: existing.expectedKpi?.kpiId, outcomeIds: existing.outcomes.map((item) => item.outcomeId) });
    expect(toCreateSolutionRequest(solutionFormValues(existing))).toMatchObject({ shipDate: '2026-09-15', expectedDirection: 'increase' });
  });
});
