import { describe, expect, it } from 'vitest';
import { JOB_MAP_STEPS } from './extraction-types.js';
import { assignJobStep, JOB_STEP_LEXICON } from './job-step-lexicon.js';

describe('assignJobStep', () => {
  it.each([
    ['Define: deciding a goal', 'decide on the budget for next year', 'Define'],
    ['Locate: finding inputs', 'find the right contract on the shared drive', 'Locate'],
    ['Locate: a phrase', 'track down the missing receipts', 'Locate'],
    ['Prepare: setting up', 'set up the new supplier', 'Prepare'],
    ['Confirm: verifying', 'verify the totals', 'Confirm'],
    ['Confirm: reconciling', 'reconcile the bank feed', 'Confirm'],
    ['Execute: paying, in the gerund', 'missing a supplier payment', 'Execute'],
    ['Execute: submitting', 'forgetting to submit the expense claim', 'Execute'],
    ['Monitor: knowing the status', 'determine whether a supplier has been paid', 'Monitor'],
    ['Monitor: keeping track', 'keep track of which clients have paid', 'Monitor'],
    ['Modify: correcting', 'correct the wrong cost codes', 'Modify'],
    ['Conclude: closing', 'close the books', 'Conclude'],
    ['Conclude: a phrasal verb in the past', 'signed off the accounts', 'Conclude'],
  ])('%s', (_scenario, object, step) => {
    expect(assignJobStep(object)).toBe(step);
  });

  it('returns null when no step word occurs', () => {
    expect(assignJobStep('get a reply from the bank manager')).toBeNull();
    expect(assignJobStep('')).toBeNull();
  });

  it('weighs the head verb double: "verify the payment run" is Confirm, not Execute', () => {
    expect(assignJobStep('verify the payment run')).toBe('Confirm');
  });

  it('breaks a tie by job-map order', () => {
    // "check" (Confirm) and "fix" (Modify) score 1 each when neither is the head.
    expect(assignJobStep('then check and fix')).toBe('Confirm');
  });

  it('matches the longest phrase: "track down" is Locate, "track" alone Monitor', () => {
    expect(assignJobStep('track down the invoice')).toBe('Locate');
    expect(assignJobStep('track the invoice')).toBe('Monitor');
  });

  it('has entries for every step of the universal job map', () => {
    for (const step of JOB_MAP_STEPS) expect(JOB_STEP_LEXICON[step].length).toBeGreaterThan(0);
  });
});
