import { describe, expect, it } from 'vitest';
import { toGerund, verbFormToGerund, verbInflections } from './gerund.js';

describe('toGerund', () => {
  it.each([
    ['regular verb', 'check', 'checking'],
    ['double final s is kept as is', 'miss', 'missing'],
    ['stressed last syllable doubles (table)', 'forget', 'forgetting'],
    ['silent e is dropped', 'make', 'making'],
    ['one-syllable consonant-vowel-consonant doubles', 'run', 'running'],
    ['final y after a vowel', 'pay', 'paying'],
    ['-ie becomes -ying', 'tie', 'tying'],
    ['-ee keeps both e', 'agree', 'agreeing'],
    ['exception table', 'see', 'seeing'],
    ['exception table: -c takes k', 'panic', 'panicking'],
    ['unstressed last syllable does not double', 'visit', 'visiting'],
    ['unstressed -er does not double', 'enter', 'entering'],
    ['stressed -it doubles', 'submit', 'submitting'],
    ['x never doubles', 'fix', 'fixing'],
    ['w never doubles', 'follow', 'following'],
    ['qu counts as a consonant', 'quit', 'quitting'],
    ['-ue drops the e', 'continue', 'continuing'],
    ['hyphenated verb inflects its last part', 'double-check', 'double-checking'],
    ['prefixed verb inflects its last part', 're-enter', 're-entering'],
    ['be', 'be', 'being'],
  ])('%s: %s -> %s', (_scenario, verb, gerund) => {
    expect(toGerund(verb)).toBe(gerund);
  });
});

describe('verbFormToGerund', () => {
  it.each([
    ['regular past', 'missed', 'missing'],
    ['past with silent e', 'closed', 'closing'],
    ['past with doubled consonant', 'stopped', 'stopping'],
    ['past of a -y verb', 'tried', 'trying'],
    ['irregular past', 'forgot', 'forgetting'],
    ['irregular participle', 'forgotten', 'forgetting'],
    ['irregular past of pay', 'paid', 'paying'],
    ['irregular past of make', 'made', 'making'],
    ['past of a verb ending in -ee', 'agreed', 'agreeing'],
    ['regular past of an -eed verb', 'needed', 'needing'],
    ['third person', 'misses', 'missing'],
    ['third person -oes', 'goes', 'going'],
    ['third person -ies', 'tries', 'trying'],
    ['third person -s', 'forgets', 'forgetting'],
    ['already a gerund', 'missing', 'missing'],
    ['base form', 'send', 'sending'],
    ['base form ending in s is not stripped', 'process', 'processing'],
  ])('%s: %s -> %s', (_scenario, form, gerund) => {
    expect(verbFormToGerund(form)).toBe(gerund);
  });
});

describe('verbInflections', () => {
  it('lists base, -s, -ing and the irregular past', () => {
    expect(new Set(verbInflections('pay'))).toEqual(new Set(['pay', 'pays', 'paying', 'paid']));
  });

  it('builds the regular past from the gerund stem', () => {
    expect(new Set(verbInflections('submit'))).toEqual(new Set(['submit', 'submits', 'submitting', 'submitted']));
    expect(verbInflections('verify')).toContain('verified');
    expect(verbInflections('close')).toContain('closed');
  });
});
