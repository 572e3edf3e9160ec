import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../validation/index.js';
import { parseOutcomeStatement, type OutcomeDirection, type OutcomeMetricKind, type ParsedOutcomeStatement } from './index.js';

type Parts = {
  direction: OutcomeDirection | null;
  directionText?: string;
  metric: OutcomeMetricKind | null;
  metricText?: string;
  object: string | null;
  clarifier: string | null;
  marker?: string;
  unknownDirection?: string;
  missing?: ParsedOutcomeStatement['missing'];
};

// Offsets are checked by slicing: every part's text must be exactly input.slice(start, end).
function parts(text: string): Parts & { directionText: string | undefined; metricText: string | undefined } {
  const parsed = parseOutcomeStatement(text);
  for (const part of [parsed.direction, parsed.unknownDirection, parsed.metric, parsed.objectOfControl, parsed.contextualClarifier]) {
    if (part !== null) expect(text.slice(part.start, part.end)).toBe(part.text);
  }
  return {
    direction: parsed.direction?.value ?? null,
    directionText: parsed.direction?.text,
    metric: parsed.metric?.kind ?? null,
    metricText: parsed.metric?.text,
    object: parsed.objectOfControl?.text ?? null,
    clarifier: parsed.contextualClarifier?.text ?? null,
    marker: parsed.contextualClarifier?.marker,
    unknownDirection: parsed.unknownDirection?.text,
    missing: parsed.missing,
  };
}

type Case = { scenario: string; text: string; expected: Partial<Parts> };

// Well-formed statements: the DOMAIN.md examples, then statements written to the grammar of Ulwick,
// "What Customers Want" (2005) and Strategyn's desired outcome statement guidance.
const wellFormed: Case[] = [
  {
    scenario: 'DOMAIN.md example with all four parts',
    text: 'Minimize the time it takes to verify that the invoice matches the order when closing the month',
    expected: {
      direction: 'minimize',
      metric: 'time',
      metricText: 'the time it takes to',
      object: 'verify that the invoice matches the order',
      clarifier: 'when closing the month',
      marker: 'when',
      missing: [],
    },
  },
  {
    scenario: 'DOMAIN.md example without clarifier',
    text: 'Minimize the likelihood of missing a late payment',
    expected: { direction: 'minimize', metric: 'likelihood', object: 'missing a late payment', clarifier: null, missing: ['contextualClarifier'] },
  },
  {
    scenario: 'Increase with a count',
    text: 'Increase the number of invoices approved on the first attempt',
    expected: { direction: 'increase', metric: 'number', object: 'invoices approved on the first attempt' },
  },
  {
    scenario: 'British spelling keeps the raw word',
    text: 'Minimise the time it takes to reconcile the bank statement',
    expected: { direction: 'minimize', directionText: 'Minimise', metric: 'time', object: 'reconcile the bank statement' },
  },
  {
    scenario: 'Reduce is a minimize direction',
    text: 'Reduce the effort required to collect receipts during a business trip',
    expected: { direction: 'minimize', directionText: 'Reduce', metric: 'effort', object: 'collect receipts', clarifier: 'during a business trip', marker: 'during' },
  },
  {
    scenario: 'Decrease is a minimize direction',
    text: 'Decrease the variability in delivery times',
    expected: { direction: 'minimize', directionText: 'Decrease', metric: 'variability', metricText: 'the variability in', object: 'delivery times' },
  },
  {
    scenario: 'Maximize is an increase direction',
    text: 'Maximize the accuracy of the cash forecast',
    expected: { direction: 'increase', directionText: 'Maximize', metric: 'accuracy', object: 'the cash forecast' },
  },
  {
    scenario: 'Maximise (British) is an increase direction',
    text: 'Maximise the likelihood that the payment run completes before the cut-off',
    expected: { direction: 'increase', directionText: 'Maximise', metric: 'likelihood', metricText: 'the likelihood that', object: 'the payment run completes', clarifier: 'before the cut-off' },
  },
];

const metricForms: Case[] = [
  ['the time it takes to', 'time'],
  ['the amount of time it takes to', 'time'],
  ['the time required to', 'time'],
  ['the likelihood that', 'likelihood'],
  ['the likelihood of', 'likelihood'],
  ['the number of', 'number'],
  ['the amount of', 'amount'],
  ['the frequency of', 'frequency'],
  ['the frequency with which', 'frequency'],
  ['the effort required to', 'effort'],
  ['the effort needed to', 'effort'],
  ['the risk of', 'risk'],
  ['the risk that', 'risk'],
  ['the cost of', 'cost'],
  ['the chance of', 'chance'],
  ['the chances that', 'chance'],
  ['the variability of', 'variability'],
  ['the variability in', 'variability'],
  ['time spent', 'time'],
].map(([metricText = '', kind]) => ({
  scenario: `metric "${metricText}"`,
  text: `Minimize ${metricText} rework on supplier invoices`,
  expected: { metric: kind as OutcomeMetricKind, metricText, object: 'rework on supplier invoices' },
}));

const clarifierForms: Case[] = [
  ['when', 'when closing the month'],
  ['whenever', 'whenever a supplier changes bank details'],
  ['while', 'while travelling'],
  ['during', 'during the audit'],
  ['before', 'before the payment run'],
  ['after', 'after a price change'],
  ['e.g.', 'e.g., credit notes, refunds'],
  ['for example', 'for example credit notes'],
  ['in order to', 'in order to pay on time'],
  ['so that', 'so that suppliers are paid on time'],
].map(([marker = '', clarifier = '']) => ({
  scenario: `clarifier "${marker}"`,
  text: `Minimize the time it takes to approve an invoice ${clarifier}`,
  expected: { object: 'approve an invoice', clarifier, marker },
}));

const tolerance: Case[] = [
  {
    scenario: 'quotes, trailing period and extra whitespace',
    text: '  “Minimize   the TIME it takes to\tfile the claim,  when the car is damaged.”  ',
    expected: { direction: 'minimize', metric: 'time', metricText: 'the TIME it takes to', object: 'file the claim', clarifier: 'when the car is damaged' },
  },
  {
    scenario: 'lower case',
    text: 'minimize the likelihood of paying an invoice twice',
    expected: { direction: 'minimize', metric: 'likelihood', object: 'paying an invoice twice' },
  },
  {
    scenario: 'metric without its article',
    text: 'Minimize time spent chasing approvals',
    expected: { metric: 'time', metricText: 'time spent', object: 'chasing approvals' },
  },
];

const ambiguity: Case[] = [
  {
    scenario: '"for" stays in the object',
    text: 'Minimize the time it takes to find a delivery slot for the order',
    expected: { object: 'find a delivery slot for the order', clarifier: null },
  },
  {
    scenario: '"when" after determine asks a question',
    text: 'Minimize the time it takes to determine when the shipment arrives',
    expected: { object: 'determine when the shipment arrives', clarifier: null },
  },
  {
    scenario: '"when to" is part of the object',
    text: 'Minimize the time it takes to decide when to reorder stock',
    expected: { object: 'decide when to reorder stock', clarifier: null },
  },
  {
    scenario: '"look after" is a particle verb',
    text: 'Minimize the effort required to look after a new customer',
    expected: { object: 'look after a new customer', clarifier: null },
  },
  {
    scenario: 'first marker wins, later ones stay in the clarifier',
    text: 'Minimize the time it takes to close the books when the quarter ends, e.g., in March',
    expected: { object: 'close the books', clarifier: 'when the quarter ends, e.g., in March', marker: 'when' },
  },
  {
    scenario: 'marker as the last word is not a clarifier',
    text: 'Minimize the number of approvals needed before',
    expected: { object: 'approvals needed before', clarifier: null },
  },
];

const malformed: Case[] = [
  {
    scenario: 'unknown verb in the direction slot',
    text: 'Improve the time it takes to file taxes',
    expected: { direction: null, unknownDirection: 'Improve', metric: 'time', object: 'file taxes', missing: ['direction', 'contextualClarifier'] },
  },
  {
    scenario: 'any word directly before a metric is in the direction slot',
    text: 'Shrink the number of manual entries',
    expected: { direction: null, unknownDirection: 'Shrink', metric: 'number', object: 'manual entries' },
  },
  {
    scenario: 'no direction, metric first',
    text: 'The time it takes to approve an expense',
    expected: { direction: null, metric: 'time', object: 'approve an expense', missing: ['direction', 'contextualClarifier'] },
  },
  {
    scenario: 'direction without metric',
    text: 'Minimize errors when filing',
    expected: { direction: 'minimize', metric: null, object: 'errors', clarifier: 'when filing', missing: ['metric'] },
  },
  {
    scenario: 'request, not a statement',
    text: 'I want a dashboard',
    expected: { direction: null, metric: null, object: 'I want a dashboard', missing: ['direction', 'metric', 'contextualClarifier'] },
  },
  {
    scenario: 'nothing after the metric',
    text: 'Minimize the time it takes to.',
    expected: { direction: 'minimize', metric: 'time', object: null, clarifier: null, missing: ['objectOfControl', 'contextualClarifier'] },
  },
  {
    scenario: 'empty',
    text: ' … ',
    expected: { direction: null, metric: null, object: null, clarifier: null, missing: ['direction', 'metric', 'objectOfControl', 'contextualClarifier'] },
  },
];

describe('parseOutcomeStatement', () => {
  describe.each([
    ['well-formed statements', wellFormed],
    ['metric forms', metricForms],
    ['clarifier forms', clarifierForms],
    ['tolerance', tolerance],
    ['ambiguous words', ambiguity],
    ['malformed statements', malformed],
  ])('%s', (_group, cases) => {
    it.each(cases)('$scenario', ({ text, expected }) => {
      expect(parts(text)).toMatchObject(expected);
    });
  });

  it('reports offsets into the raw input', () => {
    const text = '"Minimize the likelihood of missing a late payment."';
    const parsed = parseOutcomeStatement(text);
    expect(parsed.direction).toEqual({ text: 'Minimize', start: 1, end: 9, value: 'minimize' });
    expect(parsed.objectOfControl).toEqual({ text: 'missing a late payment', start: 28, end: 50 });
    expect(parsed.wordCount).toBe(8);
  });

  it.each([
    { scenario: 'number', value: 42 },
    { scenario: 'null', value: null },
    { scenario: 'undefined', value: undefined },
  ])('rejects a non-string: $scenario', ({ value }) => {
    expect(() => parseOutcomeStatement(value as unknown as string)).toThrow(DomainInputError);
    expect(() => parseOutcomeStatement(value as unknown as string)).toThrow(/^text: expected statement text/);
  });
});
