/** Short labels for the counts a computed value keeps, in the order they are read; other keys keep their name. */
const INPUT_LABELS: Record<string, { short: string; long: string }> = {
  promoters: { short: 'P', long: 'promoters' },
  passives: { short: 'Pa', long: 'passives' },
  detractors: { short: 'D', long: 'detractors' },
  satisfied: { short: 'sat.', long: 'satisfied' },
  easy: { short: 'easy', long: 'easy' },
  neutral: { short: 'neutral', long: 'neutral' },
  difficult: { short: 'difficult', long: 'difficult' },
  completed: { short: 'done', long: 'completed' },
  active: { short: 'active', long: 'active' },
  eligible: { short: 'eligible', long: 'eligible' },
  median: { short: 'median', long: 'median' },
  p75: { short: 'p75', long: '75th percentile' },
  p90: { short: 'p90', long: '90th percentile' },
  nCensored: { short: 'not yet', long: 'not reached value yet' },
  n: { short: 'n', long: 'answers' },
};
const ORDER = Object.keys(INPUT_LABELS);

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

function ordered(inputs: Record<string, number>): [string, number][] {
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return Object.entries(inputs).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The counts behind a computed value, compact: "P 120 · Pa 40 · D 30 · n 190"; null when there are none. */
export function formatInputs(inputs: Record<string, number> | null): string | null {
  if (!inputs || Object.keys(inputs).length === 0) return null;
  return ordered(inputs)
    .map(([key, value]) => `${INPUT_LABELS[key]?.short ?? key} ${numberFormat.format(value)}`)
    .join(' · ');
}

/** The same counts in words, for screen readers and tooltips: "120 promoters, 40 passives, 30 detractors, 190 answers". */
export function describeInputs(inputs: Record<string, number> | null): string | null {
  if (!inputs || Object.keys(inputs).length === 0) return null;
  return ordered(inputs)
    .map(([key, value]) => `${numberFormat.format(value)} ${INPUT_LABELS[key]?.long ?? key}`)
    .join(', ');
}
