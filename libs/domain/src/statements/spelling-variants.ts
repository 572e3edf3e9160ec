// British spellings mapped to American ones, so "Minimise the time it takes to prioritise ..." and
// "Minimize the time it takes to prioritize ..." compare as the same words. An explicit list rather than
// an -ise → -ize rule, because that rule would also rewrite advise, promise, exercise, enterprise ...
const ISE_STEMS = [
  'minim', 'maxim', 'organ', 'priorit', 'optim', 'recogn', 'summar', 'categor', 'final', 'author', 'util',
  'real', 'standard', 'custom', 'emphas', 'special', 'visual', 'apolog', 'digit', 'memor', 'normal',
  'personal', 'stabil', 'synchron', 'central', 'local', 'monet', 'subsid', 'item', 'character',
];
const ISE_SUFFIXES: readonly (readonly [string, string])[] = [
  ['ise', 'ize'], ['ised', 'ized'], ['ises', 'izes'], ['ising', 'izing'], ['isation', 'ization'], ['isations', 'izations'],
];
const OUR_STEMS = ['behavi', 'col', 'fav', 'lab', 'hon', 'neighb', 'flav', 'hum', 'rum', 'vap', 'harb'];
const OUR_SUFFIXES = ['our', 'ours', 'oured', 'ouring', 'ourite', 'ourites', 'ourable'];

const WORDS: readonly (readonly [string, string])[] = [
  ['analyse', 'analyze'], ['analysed', 'analyzed'], ['analysing', 'analyzing'],
  ['centre', 'center'], ['centres', 'centers'], ['metre', 'meter'], ['metres', 'meters'], ['litre', 'liter'],
  ['litres', 'liters'], ['fibre', 'fiber'], ['theatre', 'theater'], ['catalogue', 'catalog'],
  ['catalogues', 'catalogs'], ['dialogue', 'dialog'], ['licence', 'license'], ['licences', 'licenses'],
  ['defence', 'defense'], ['offence', 'offense'], ['programme', 'program'], ['programmes', 'programs'],
  ['travelled', 'traveled'], ['travelling', 'traveling'], ['cancelled', 'canceled'], ['cancelling', 'canceling'],
  ['labelled', 'labeled'], ['labelling', 'labeling'], ['modelled', 'modeled'], ['modelling', 'modeling'],
  ['fuelled', 'fueled'], ['enrol', 'enroll'], ['enrols', 'enrolls'], ['enrolment', 'enrollment'],
  ['fulfil', 'fulfill'], ['fulfils', 'fulfills'], ['fulfilment', 'fulfillment'], ['instalment', 'installment'],
  ['instalments', 'installments'], ['judgement', 'judgment'], ['ageing', 'aging'], ['grey', 'gray'],
  ['aluminium', 'aluminum'], ['cheque', 'check'], ['cheques', 'checks'],
];

const VARIANTS: ReadonlyMap<string, string> = new Map([
  ...ISE_STEMS.flatMap((stem) => ISE_SUFFIXES.map(([gb, us]) => [stem + gb, stem + us] as const)),
  ...OUR_STEMS.flatMap((stem) => OUR_SUFFIXES.map((suffix) => [stem + suffix, stem + suffix.replace('our', 'or')] as const)),
  ...WORDS,
]);

/** The American spelling of a lower-case word, or the word itself. */
export function americanSpelling(word: string): string {
  return VARIANTS.get(word) ?? word;
}
