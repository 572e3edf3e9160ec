import { assertNonEmpty, DomainInputError } from '../validation/index.js';

/** One attempt at a task; only whether it succeeded matters here. */
export type TaskAttempt = { readonly completed: boolean };

/**
 * Task Completion Rate. `rate` is a proportion 0..1 and `percent` the same figure 0..100, so callers
 * neither multiply nor guess which one they hold. Full precision: round only for display.
 */
export type TaskCompletionRate = {
  rate: number;
  percent: number;
  completed: number;
  n: number;
};

/**
 * Task Completion Rate (DOMAIN.md, journey level): the share of attempts at a task that succeed,
 *
 *   TCR = completed attempts / all attempts
 *
 * Counted per attempt, not per person, as usability benchmarks do: a customer who fails twice and
 * then succeeds contributes three attempts.
 *
 * @param attempts at least one; `completed` must be a boolean (JSON `1` or `"yes"` is rejected, not
 *   coerced, because a silently truthy value would inflate the rate).
 * @throws DomainInputError EMPTY_INPUT (`attempts`) for no attempts; INVALID_TYPE
 *   (`attempts[i].completed`) for a missing or non-boolean `completed`.
 */
export function taskCompletionRate(attempts: readonly TaskAttempt[]): TaskCompletionRate {
  assertNonEmpty(attempts, 'attempts');
  let completed = 0;
  for (let index = 0; index < attempts.length; index += 1) {
    // Read defensively: the array may come from parsed JSON with nulls or holes in it.
    const value: unknown = (attempts[index] as { completed?: unknown } | null | undefined)?.completed;
    if (typeof value !== 'boolean') {
      throw new DomainInputError(
        'INVALID_TYPE',
        `attempts[${index}].completed`,
        `expected true or false, got ${String(value)}`,
      );
    }
    if (value) completed += 1;
  }
  const n = attempts.length;
  return { rate: completed / n, percent: (100 * completed) / n, completed, n };
}
