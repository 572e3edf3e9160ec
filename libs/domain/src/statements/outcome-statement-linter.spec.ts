import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../validation/index.js';
import { lintOutcomeStatement, type LintCode, type LintIssue } from './index.js';

const flagged = (text: string, code: LintCode): string[] =>
  lintOutcomeStatement(text)
    .filter((issue) => issue.code === code)
    .map((issue) => text.slice(issue.start, issue.end));

// Written to the grammar of Ulwick, "What Customers Want" (2005) and Strategyn's guidance; the first two
// are the DOMAIN.md examples.
const clean = [
  'Minimize the time it takes to verify that the invoice matches the order when closing the month',
  'Minimize the likelihood of missing a late payment',
  'Minimise the time it takes to reconcile the bank statement.',
  'Increase the number of invoices approved on the first attempt',
  'Minimize the likelihood of approving an invoice and its duplicate',
  'Minimize the time it takes to verify that the invoice and the order agree',
  'Minimize the time it takes to reconcile bank statements and invoices when closing the month',
  'Minimize the number of errors and omissions in the expense report',
  'Minimize the time it takes to ship an order to the US',
  'Minimize the time it takes to file the claim, i.e. to submit it to the insurer',
  'Minimize the time it takes to see whether the supplier is well known',
  'Minimize the likelihood of a cost increase in the next quarter',
];

describe('lintOutcomeStatement', () => {
  it.each(clean.map((text) => ({ scenario: text, text })))('no issues: $scenario', ({ text }) => {
    expect(lintOutcomeStatement(text)).toEqual([]);
  });

  type Case = { scenario: string; text: string; code: LintCode; expected: string[] };
  const triggered: Case[] = [
    { scenario: 'whitespace only', text: '  \n ', code: 'EMPTY', expected: ['  \n '] },
    { scenario: 'punctuation only', text: '"…"', code: 'EMPTY', expected: ['"…"'] },
    { scenario: 'metric without direction', text: 'The time it takes to approve an expense', code: 'MISSING_DIRECTION', expected: [''] },
    { scenario: 'request', text: 'I want a dashboard', code: 'MISSING_DIRECTION', expected: [''] },
    { scenario: 'Improve', text: 'Improve the time it takes to file taxes', code: 'UNKNOWN_DIRECTION', expected: ['Improve'] },
    { scenario: 'Make', text: 'Make invoice approval faster', code: 'UNKNOWN_DIRECTION', expected: ['Make'] },
    { scenario: 'gerund of a direction', text: 'Reducing the number of manual entries', code: 'UNKNOWN_DIRECTION', expected: ['Reducing'] },
    { scenario: 'any word before a metric', text: 'Shrink the number of manual entries', code: 'UNKNOWN_DIRECTION', expected: ['Shrink'] },
    { scenario: 'direction without metric', text: 'Minimize errors when filing', code: 'MISSING_METRIC', expected: [''] },
    { scenario: 'metric missing after unknown verb', text: 'Avoid late fees', code: 'MISSING_METRIC', expected: [''] },
    { scenario: 'nothing after the metric', text: 'Minimize the time it takes to', code: 'MISSING_OBJECT', expected: [''] },
    { scenario: 'only a clarifier after the metric', text: 'Minimize the time it takes when closing the month', code: 'MISSING_OBJECT', expected: [''] },
    { scenario: 'dashboard', text: 'Minimize the time it takes to find overdue invoices on the dashboard', code: 'NAMES_SOLUTION', expected: ['dashboard'] },
    { scenario: 'brand names, any case', text: 'Minimize the time it takes to move data from SALESFORCE to quickbooks', code: 'NAMES_SOLUTION', expected: ['SALESFORCE', 'quickbooks'] },
    { scenario: 'AI and app', text: 'Minimize the likelihood that the AI in the app mislabels a receipt', code: 'NAMES_SOLUTION', expected: ['AI', 'app'] },
    { scenario: 'multi-word term', text: 'Minimize the time it takes to build a report in Power BI', code: 'NAMES_SOLUTION', expected: ['Power BI'] },
    { scenario: 'spreadsheet and Excel', text: 'Minimize the time it takes to copy the spreadsheet into Excel', code: 'NAMES_SOLUTION', expected: ['spreadsheet', 'Excel'] },
    { scenario: 'second direction', text: 'Minimize the time it takes to file and minimize errors', code: 'COMPOUND', expected: ['and'] },
    { scenario: 'second direction after "and then"', text: 'Minimize the time it takes to file the claim and then reduce the follow-up calls', code: 'COMPOUND', expected: ['and'] },
    { scenario: 'second metric', text: 'Minimize the time it takes to file a claim and the likelihood of rejection', code: 'COMPOUND', expected: ['and'] },
    { scenario: 'second verb phrase', text: 'Minimize the likelihood of missing a payment or paying a late fee', code: 'COMPOUND', expected: ['or'] },
    { scenario: 'direction after a semicolon', text: 'Minimize the time it takes to file the claim; reduce the follow-up calls', code: 'COMPOUND', expected: ['reduce'] },
    { scenario: 'and/or counts once', text: 'Minimize the time it takes to file the claim and/or avoid penalties', code: 'COMPOUND', expected: ['and/or'] },
    { scenario: 'quickly', text: 'Minimize the time it takes to quickly verify the invoice', code: 'VAGUE_WORD', expected: ['quickly'] },
    { scenario: 'user-friendly and easily', text: 'Increase the likelihood of easily finding a user-friendly supplier', code: 'VAGUE_WORD', expected: ['easily', 'user-friendly'] },
    { scenario: 'efficient, better, seamless', text: 'Minimize the number of steps for an efficient, better and seamless close', code: 'VAGUE_WORD', expected: ['efficient', 'better', 'seamless'] },
    {
      scenario: 'over 25 words',
      text: 'Minimize the time it takes to verify that every line of the supplier invoice matches the purchase order and the delivery note when closing the month at the end of the quarter',
      code: 'TOO_LONG',
      expected: ['Minimize the time it takes to verify that every line of the supplier invoice matches the purchase order and the delivery note when closing the month at the end of the quarter'],
    },
    { scenario: 'I want', text: 'I want to minimize the time it takes to pay', code: 'FIRST_PERSON', expected: ['I'] },
    { scenario: 'my and we', text: 'Minimize the time my team needs before we pay', code: 'FIRST_PERSON', expected: ['my', 'we'] },
    { scenario: "I'd like, curly apostrophe", text: 'I’d like fewer invoice errors', code: 'FIRST_PERSON', expected: ['I’d'] },
    { scenario: "we'll", text: "Minimize the time before we'll know the balance", code: 'FIRST_PERSON', expected: ["we'll"] },
  ];
  it.each(triggered)('$code: $scenario', ({ text, code, expected }) => {
    expect(flagged(text, code)).toEqual(expected);
  });

  const notTriggered: Case[] = [
    { scenario: 'exactly 25 words', text: 'Minimize the time it takes to verify that every line of the supplier invoice matches the purchase order when closing the month at quarter end', code: 'TOO_LONG', expected: [] },
    { scenario: '"and" between nouns of one object', text: 'Minimize the likelihood of approving an invoice and its duplicate', code: 'COMPOUND', expected: [] },
    { scenario: '"and" between articles and nouns', text: 'Minimize the time it takes to match the invoice and the order', code: 'COMPOUND', expected: [] },
    { scenario: '"and" inside the clarifier', text: 'Minimize the time it takes to approve an invoice when closing the month and preparing the report', code: 'COMPOUND', expected: [] },
    { scenario: 'direction word used as a noun', text: 'Minimize the likelihood of missing a price change and increase in fees', code: 'COMPOUND', expected: [] },
    { scenario: 'direction word as a noun after a comma', text: 'Minimize the likelihood of missing a deadline, increase in fees or penalties', code: 'COMPOUND', expected: [] },
    { scenario: '"the amount of" inside an object', text: 'Minimize the time it takes to check the supplier and the amount of the invoice', code: 'COMPOUND', expected: [] },
    { scenario: 'solution words only as whole words', text: 'Minimize the likelihood of mislabelling an application for a toolbox grant', code: 'NAMES_SOLUTION', expected: [] },
    { scenario: 'vague word in the direction slot is reported there', text: 'Better invoice matching', code: 'VAGUE_WORD', expected: [] },
    { scenario: 'US is a country', text: 'Minimize the time it takes to ship to the US', code: 'FIRST_PERSON', expected: [] },
    { scenario: '"well" is not "we\'ll"', text: 'Minimize the likelihood of a well-known supplier being overlooked', code: 'FIRST_PERSON', expected: [] },
    { scenario: 'i.e. is not "I"', text: 'Minimize the time it takes to file, i.e. submit, the claim', code: 'FIRST_PERSON', expected: [] },
    { scenario: 'empty text has only EMPTY', text: '', code: 'MISSING_DIRECTION', expected: [] },
  ];
  it.each(notTriggered)('not $code: $scenario', ({ text, code, expected }) => {
    expect(flagged(text, code)).toEqual(expected);
  });

  it('gives concrete suggestions', () => {
    const bySuggestion = (text: string, code: LintCode): string | undefined => lintOutcomeStatement(text).find((issue) => issue.code === code)?.suggestion;
    expect(bySuggestion('Minimize the time it takes to quickly pay', 'VAGUE_WORD')).toBe(
      "Replace 'quickly' with a measurable metric such as 'the time it takes to'.",
    );
    expect(bySuggestion('The time it takes to pay', 'MISSING_DIRECTION')).toBe(
      "Start with a direction such as 'Minimize' (or 'Increase' for the rare outcome that should grow).",
    );
    expect(bySuggestion('We need to reduce the time it takes to pay', 'MISSING_DIRECTION')).toBe(
      "Start the statement with 'reduce' and drop the words before it.",
    );
    expect(bySuggestion('Avoid late fees', 'UNKNOWN_DIRECTION')).toBe("Replace 'Avoid' with 'Minimize the likelihood of'.");
    expect(bySuggestion('Avoid the risk of late fees', 'UNKNOWN_DIRECTION')).toBe("Replace 'Avoid' with 'Minimize'.");
    expect(bySuggestion('Ensure invoices are paid', 'UNKNOWN_DIRECTION')).toBe("Replace 'Ensure' with 'Increase the likelihood that'.");
    expect(bySuggestion('Avoid late fees', 'MISSING_METRIC')).toBe(
      "Add a metric after the direction, such as 'the time it takes to', 'the likelihood of' or 'the number of'.",
    );
    expect(bySuggestion('Minimize errors', 'MISSING_METRIC')).toBe(
      "Add a metric after 'Minimize', such as 'the time it takes to', 'the likelihood of' or 'the number of'.",
    );
  });

  it('orders issues by position, then code, with severities', () => {
    const issues: LintIssue[] = lintOutcomeStatement('I want a fast dashboard');
    expect(issues.map(({ code, severity, start, end }) => ({ code, severity, start, end }))).toEqual([
      { code: 'FIRST_PERSON', severity: 'error', start: 0, end: 1 },
      { code: 'MISSING_DIRECTION', severity: 'error', start: 0, end: 0 },
      { code: 'MISSING_METRIC', severity: 'error', start: 0, end: 0 },
      { code: 'VAGUE_WORD', severity: 'warning', start: 9, end: 13 },
      { code: 'NAMES_SOLUTION', severity: 'warning', start: 14, end: 23 },
    ]);
  });

  it('rejects a non-string', () => {
    expect(() => lintOutcomeStatement(7 as unknown as string)).toThrow(DomainInputError);
  });
});
