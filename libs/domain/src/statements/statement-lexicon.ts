import { phraseTable, type PhraseTable } from './phrase-table.js';
import type { OutcomeDirection, OutcomeMetricKind } from './statement-types.js';

// Word lists of the desired-outcome grammar (Ulwick, "What Customers Want", 2005; Strategyn's guidance on
// desired outcome statements): direction + metric + object of control + contextual clarifier. Keys are
// normalized words (lower case, no apostrophes, American spelling), so "Minimise" is listed as "minimize".

/** Directions Strategyn uses, and their polarity. "Maximize" reads as "Increase": same polarity, one value. */
export const DIRECTIONS: ReadonlyMap<string, OutcomeDirection> = new Map([
  ['minimize', 'minimize'],
  ['reduce', 'minimize'],
  ['decrease', 'minimize'],
  ['increase', 'increase'],
  ['maximize', 'increase'],
]);

/**
 * Words that stand in the direction slot of malformed statements, each with the opening that would make
 * it a well-formed statement ("Avoid late fees" → "Minimize the likelihood of ..."); '' for verbs such as
 * "Improve" that do not tell which way the metric should move.
 */
export const NON_DIRECTION_VERBS: ReadonlyMap<string, string> = new Map([
  ...['avoid', 'prevent', 'eliminate', 'stop', 'mitigate'].map((verb) => [verb, 'Minimize the likelihood of'] as const),
  ...['speed', 'accelerate', 'expedite', 'shorten', 'hurry'].map((verb) => [verb, 'Minimize the time it takes to'] as const),
  ...['simplify', 'streamline', 'facilitate', 'ease'].map((verb) => [verb, 'Minimize the effort required to'] as const),
  ...['lower', 'cut', 'limit', 'lessen', 'shrink', 'curb', 'remove', 'minimizing', 'minimized', 'minimizes', 'reducing',
    'reduced', 'reduces', 'decreasing', 'decreased', 'decreases', 'minimum', 'less', 'fewer'].map((verb) => [verb, 'Minimize'] as const),
  ...['raise', 'boost', 'grow', 'increasing', 'increased', 'increases', 'maximizing', 'maximized', 'maximizes', 'more']
    .map((verb) => [verb, 'Increase'] as const),
  ...['ensure', 'guarantee', 'assure'].map((verb) => [verb, 'Increase the likelihood that'] as const),
  ...['improve', 'enhance', 'optimize', 'make', 'get', 'help', 'enable', 'allow', 'provide', 'have', 'create', 'build',
    'give', 'keep', 'support', 'track', 'manage', 'know', 'see', 'find', 'be', 'better', 'achieve', 'maintain', 'deliver']
    .map((verb) => [verb, ''] as const),
]);

const METRICS: readonly (readonly [string, OutcomeMetricKind])[] = [
  ['the time it takes to', 'time'],
  ['the time it takes for', 'time'],
  ['the time it takes', 'time'],
  ['the time required to', 'time'],
  ['the time needed to', 'time'],
  ['the time spent', 'time'],
  ['the time to', 'time'],
  ['the time', 'time'],
  ['the amount of time it takes to', 'time'],
  ['the amount of time required to', 'time'],
  ['the amount of time needed to', 'time'],
  ['the amount of time spent', 'time'],
  ['the amount of time', 'time'],
  ['the likelihood that', 'likelihood'],
  ['the likelihood of', 'likelihood'],
  ['the likelihood', 'likelihood'],
  ['the probability that', 'likelihood'],
  ['the probability of', 'likelihood'],
  ['the number of', 'number'],
  ['the amount of', 'amount'],
  ['the quantity of', 'amount'],
  ['the frequency of', 'frequency'],
  ['the frequency with which', 'frequency'],
  ['the frequency at which', 'frequency'],
  ['the frequency', 'frequency'],
  ['the effort required to', 'effort'],
  ['the effort needed to', 'effort'],
  ['the effort it takes to', 'effort'],
  ['the effort to', 'effort'],
  ['the effort of', 'effort'],
  ['the effort', 'effort'],
  ['the risk of', 'risk'],
  ['the risk that', 'risk'],
  ['the risk', 'risk'],
  ['the cost of', 'cost'],
  ['the cost to', 'cost'],
  ['the cost', 'cost'],
  ['the costs of', 'cost'],
  ['the chance of', 'chance'],
  ['the chance that', 'chance'],
  ['the chances of', 'chance'],
  ['the chances that', 'chance'],
  ['the variability of', 'variability'],
  ['the variability in', 'variability'],
  ['the variation in', 'variability'],
  ['the variation of', 'variability'],
  ['the accuracy of', 'accuracy'],
  ['the accuracy with which', 'accuracy'],
];

/** Metric phrases, each also without its leading "the" ("Minimize time spent ..."). */
export const METRIC_PHRASES: PhraseTable<OutcomeMetricKind> = phraseTable(
  METRICS.flatMap(([phrase, kind]) => [[phrase, kind] as const, [phrase.slice('the '.length), kind] as const]),
);

/**
 * Metric phrases that, right after "and"/"or", open a second outcome. "the amount of" and "the cost of" are
 * left out because they head ordinary noun phrases inside an object ("the amount of the invoice"), and so
 * are two-word forms ("the time", "the risk").
 */
export const COMPOUND_METRIC_PHRASES: PhraseTable<OutcomeMetricKind> = phraseTable(
  METRICS.filter(([phrase, kind]) => kind !== 'amount' && kind !== 'cost' && phrase.split(' ').length > 2),
);

/**
 * Words that open the contextual clarifier, with the marker as reported. "for" is deliberately absent: it
 * mostly attaches a complement to the object ("pay for the order", "a slot for the delivery"), so a
 * "for ..." clarifier stays part of the object. "if", "once" and "until" are absent for the same reason
 * ("verify if the order shipped", "enter it more than once").
 */
export const CLARIFIER_MARKERS: PhraseTable<string> = phraseTable([
  ['when', 'when'],
  ['whenever', 'whenever'],
  ['while', 'while'],
  ['during', 'during'],
  ['before', 'before'],
  ['after', 'after'],
  ['e g', 'e.g.'],
  ['eg', 'e.g.'],
  ['for example', 'for example'],
  ['for instance', 'for instance'],
  ['in order to', 'in order to'],
  ['so that', 'so that'],
]);

/** "when" after these verbs asks a question ("determine when the goods arrive") instead of giving context. */
export const WHEN_COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  'determine', 'determining', 'decide', 'deciding', 'know', 'knowing', 'predict', 'predicting', 'understand',
  'understanding', 'identify', 'identifying', 'learn', 'learning', 'tell', 'telling', 'see', 'seeing', 'check',
  'checking', 'confirm', 'confirming', 'verify', 'verifying', 'establish', 'establishing', 'estimate',
  'estimating', 'forecast', 'forecasting', 'plan', 'planning', 'schedule', 'scheduling', 'remember',
  'remembering', 'ask', 'asking', 'out', 'notice', 'noticing', 'anticipate', 'anticipating', 'record',
  'recording', 'choose', 'choosing', 'judge', 'judging', 'assess', 'assessing', 'agree', 'agreeing',
]);

/** "after" after these verbs is a particle ("look after the customer"), not the start of a clarifier. */
export const AFTER_PARTICLE_VERBS: ReadonlySet<string> = new Set([
  'look', 'looks', 'looking', 'looked', 'go', 'goes', 'going', 'went', 'run', 'running', 'chase', 'chasing',
  'named', 'take', 'takes', 'taking', 'seek', 'seeking', 'sought', 'ask', 'asking', 'asked',
]);
