import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taskCompletionRate, type TaskAttempt } from './index.js';

const attemptsOf = (...outcomes: boolean[]): TaskAttempt[] => outcomes.map((completed) => ({ completed }));

const workedExamples = [
  // 3 of 4 attempts succeed: 3 / 4 = 0.75 = 75%
  {
    scenario: 'three of four attempts succeed',
    attempts: attemptsOf(true, false, true, true),
    expected: { rate: 0.75, percent: 75, completed: 3, n: 4 },
  },
  // 0 / 2 = 0
  {
    scenario: 'every attempt fails',
    attempts: attemptsOf(false, false),
    expected: { rate: 0, percent: 0, completed: 0, n: 2 },
  },
  // 1 / 1 = 1 = 100%
  {
    scenario: 'a single successful attempt',
    attempts: attemptsOf(true),
    expected: { rate: 1, percent: 100, completed: 1, n: 1 },
  },
  // 1 / 3 = 0.333…, 100 × 1 / 3 = 33.333…
  {
    scenario: 'non-terminating rate keeps full precision',
    attempts: attemptsOf(false, true, false),
    expected: { rate: 1 / 3, percent: 100 / 3, completed: 1, n: 3 },
  },
];

const invalidInputs: { scenario: string; attempts: readonly TaskAttempt[]; code: string; field: string }[] = [
  { scenario: 'no attempts', attempts: [], code: 'EMPTY_INPUT', field: 'attempts' },
  {
    scenario: 'a 1 instead of true',
    attempts: [{ completed: true }, { completed: false }, { completed: 1 as unknown as boolean }],
    code: 'INVALID_TYPE',
    field: 'attempts[2].completed',
  },
  { scenario: 'a missing flag', attempts: [{} as TaskAttempt], code: 'INVALID_TYPE', field: 'attempts[0].completed' },
  {
    scenario: 'a null attempt',
    attempts: [{ completed: true }, null as unknown as TaskAttempt],
    code: 'INVALID_TYPE',
    field: 'attempts[1].completed',
  },
  {
    scenario: 'a "yes" string',
    attempts: [{ completed: 'yes' as unknown as boolean }],
    code: 'INVALID_TYPE',
    field: 'attempts[0].completed',
  },
];

const attempts = fc.array(fc.record({ completed: fc.boolean() }), { minLength: 1, maxLength: 200 });

describe('taskCompletionRate', () => {
  it.each(workedExamples)('$scenario', ({ attempts, expected }) => {
    expect(taskCompletionRate(attempts)).toEqual(expected);
  });

  it.each(invalidInputs)('rejects $scenario with $code at $field', ({ attempts, code, field }) => {
    expect(() => taskCompletionRate(attempts)).toThrow(
      expect.objectContaining({ name: 'DomainInputError', code, field }),
    );
  });

  it('keeps the rate within 0..1 and the percent at 100 × rate', () => {
    fc.assert(
      fc.property(attempts, (list) => {
        const { rate, percent } = taskCompletionRate(list);
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
        expect(percent).toBeCloseTo(100 * rate, 9);
      }),
    );
  });

  it('does not depend on the order of the attempts', () => {
    fc.assert(
      fc.property(
        attempts.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(taskCompletionRate(shuffled)).toEqual(taskCompletionRate(list));
        },
      ),
    );
  });
});
