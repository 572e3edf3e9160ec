import { describe, expect, it } from 'vitest';
import { expectationText, VERDICT_STYLES } from './verdict';

describe('the evaluation verdict in words', () => {
  it.each([
    { verdict: 'improved', label: 'Improved' },
    { verdict: 'worsened', label: 'Worsened' },
    { verdict: 'unchanged', label: 'Unchanged' },
    { verdict: 'not-shipped', label: 'Not shipped yet' },
    { verdict: 'no-kpi', label: 'No KPI chosen' },
    { verdict: 'not-enough-data', label: 'Not enough data' },
  ] as const)('$verdict reads "$label"', ({ verdict, label }) => {
    expect(VERDICT_STYLES[verdict].label).toBe(label);
  });

  it.each([
    { expectedMet: true, expectedDirection: 'increase', text: 'Moved as expected (expected to increase).' },
    { expectedMet: false, expectedDirection: 'decrease', text: 'Did not move as expected (expected to decrease).' },
    { expectedMet: null, expectedDirection: null, text: 'No expected direction was set.' },
    { expectedMet: null, expectedDirection: 'increase', text: null },
  ] as const)('says whether it moved as expected: $expectedMet, $expectedDirection', ({ text, ...evaluation }) => {
    expect(expectationText(evaluation)).toBe(text);
  });
});
