/**
 * `npm run eval:extraction -- --provider offline|openai [--model m] [--threshold 0.4] [--out file.json]`
 * Runs the product's extraction over the evaluation set and scores it against the gold outcomes.
 * The openai provider reads OPENAI_API_KEY, OPENAI_BASE_URL and OPENAI_MODEL like the API does.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { outcomeSimilarity } from '@outcome-atlas/domain';
import { OfflineOutcomeExtractor } from '../../apps/api/dist/modules/extraction/offline-outcome-extractor.js';
import { OpenAIOutcomeExtractor } from '../../apps/api/dist/modules/extraction/openai-outcome-extractor.js';
import type { OutcomeExtractor } from '../../apps/api/dist/modules/extraction/outcome-extractor.js';
import { extractEvaluationSet } from './eval-pipeline.ts';
import { scoreExtraction } from './extraction-metrics.ts';
import { formatReport } from './report-format.ts';

export const EVAL_MATCH_THRESHOLD = 0.4;

const { values } = parseArgs({
  options: {
    provider: { type: 'string', default: 'offline' },
    model: { type: 'string' },
    threshold: { type: 'string', default: String(EVAL_MATCH_THRESHOLD) },
    out: { type: 'string', default: 'eval-report.json' },
    concurrency: { type: 'string', default: '4' },
  },
});

function extractor(): OutcomeExtractor {
  if (values.provider === 'offline') return new OfflineOutcomeExtractor();
  if (values.provider !== 'openai') throw new Error(`--provider must be offline or openai, got ${values.provider}`);
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) throw new Error('--provider openai needs OPENAI_API_KEY (and OPENAI_BASE_URL for a compatible server)');
  return new OpenAIOutcomeExtractor({
    apiKey,
    baseURL: process.env.OPENAI_BASE_URL || undefined,
    model: values.model ?? process.env.OPENAI_MODEL ?? 'gpt-4o-mini',
    timeoutMs: 120_000,
    maxRetries: 3,
  });
}

const chosen = extractor();
const threshold = Number(values.threshold);
const started = performance.now();
const { inputs, calls, ungroundedDropped: dropped } = await extractEvaluationSet(chosen, { maxTokens: 3000, overlapTokens: 150, concurrency: Number(values.concurrency) });
const report = scoreExtraction(inputs, { threshold, similarity: outcomeSimilarity });
console.log(`\nExtraction eval: ${chosen.provider} / ${chosen.model} / ${chosen.promptVersion}, match threshold ${threshold}, ${calls} calls, ${dropped} ungrounded dropped, ${Math.round(performance.now() - started)} ms\n`);
console.log(formatReport(report));
writeFileSync(values.out, JSON.stringify({ provider: chosen.provider, model: chosen.model, promptVersion: chosen.promptVersion, threshold, calls, ungroundedDropped: dropped, report }, null, 2));
console.log(`\nReport written to ${values.out}`);
