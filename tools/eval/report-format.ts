import type { ExtractionReport, ExtractionScore } from './extraction-metrics.ts';

const HEADER = '| transcript | gold | extracted | matched | precision | recall | F1 | grounded | job step | leaks |';
const ALIGN = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|';

/**
 * Markdown table: one row per transcript, then the micro-averaged overall. Rates have two decimals;
 * grounding and job-step accuracy also show their fractions, since their denominators (quotes,
 * matched pairs) differ from the outcome counts.
 */
export function formatReport(report: ExtractionReport): string {
  const rows = report.transcripts.map((t) => row(escapeCell(t.name), t));
  return [HEADER, ALIGN, ...rows, row('**overall (micro)**', report.overall)].join('\n');
}

function row(label: string, score: ExtractionScore): string {
  const { counts } = score;
  const cells = [
    label,
    String(counts.gold),
    String(counts.extracted),
    String(counts.matched),
    rate(score.precision),
    rate(score.recall),
    rate(score.f1),
    `${rate(score.groundingRate)} (${counts.groundedQuotes}/${counts.quotes})`,
    `${rate(score.jobStepAccuracy)} (${counts.jobStepCorrect}/${counts.matched})`,
    String(counts.leaked),
  ];
  return `| ${cells.join(' | ')} |`;
}

function rate(value: number): string {
  return value.toFixed(2);
}

function escapeCell(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/\|/gu, '\\|');
}
