import { describe, expect, it } from 'vitest';
import { ratesFromCounts, type ExtractionCounts, type ExtractionReport } from './extraction-metrics.ts';
import { formatReport } from './report-format.ts';

const score = (name: string, counts: ExtractionCounts) => ({ name, ...ratesFromCounts(counts), counts, matches: [] });

describe('formatReport', () => {
  it('renders one row per transcript and the micro overall', () => {
    const a = { extracted: 3, gold: 3, matched: 2, quotes: 3, groundedQuotes: 2, jobStepCorrect: 1, leaked: 0 };
    const b = { extracted: 4, gold: 4, matched: 1, quotes: 1, groundedQuotes: 1, jobStepCorrect: 1, leaked: 1 };
    const overall = { extracted: 7, gold: 7, matched: 3, quotes: 4, groundedQuotes: 3, jobStepCorrect: 2, leaked: 1 };
    const report: ExtractionReport = {
      transcripts: [score('ana', a), score('ben | co', b)],
      overall: { ...ratesFromCounts(overall), counts: overall },
    };
    expect(formatReport(report)).toBe(
      [
        '| transcript | gold | extracted | matched | precision | recall | F1 | grounded | job step | leaks |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        '| ana | 3 | 3 | 2 | 0.67 | 0.67 | 0.67 | 0.67 (2/3) | 0.50 (1/2) | 0 |',
        '| ben \\| co | 4 | 4 | 1 | 0.25 | 0.25 | 0.25 | 1.00 (1/1) | 1.00 (1/1) | 1 |',
        '| **overall (micro)** | 7 | 7 | 3 | 0.43 | 0.43 | 0.43 | 0.75 (3/4) | 0.67 (2/3) | 1 |',
      ].join('\n'),
    );
  });

  it('renders an empty run as the overall row alone', () => {
    const empty = { extracted: 0, gold: 0, matched: 0, quotes: 0, groundedQuotes: 0, jobStepCorrect: 0, leaked: 0 };
    const lines = formatReport({ transcripts: [], overall: { ...ratesFromCounts(empty), counts: empty } }).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('| **overall (micro)** | 0 | 0 | 0 | 1.00 | 1.00 | 1.00 | 0.00 (0/0) | 0.00 (0/0) | 0 |');
  });
});
