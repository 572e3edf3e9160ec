import { UNIVERSAL_JOB_STEPS, type UniversalJobStep } from '@outcome-atlas/contracts';

/** One hand-written desired-outcome statement with the transcript passages that support it. */
export type GoldOutcome = {
  statement: string;
  jobStep: UniversalJobStep;
  /** Exact substrings of the parsed transcript text (`parseTranscript(...).text`). */
  evidence: readonly string[];
};

/**
 * A participant passage that tries to steer the extractor (a prompt injection). `payload` is the
 * statement it asks for; neither may appear in the gold, and an extractor should not output it.
 */
export type GoldInjection = { passage: string; payload: string };

/** Contents of `fixtures/<name>.gold.json`. */
export type GoldFile = {
  /** File name of the transcript, next to the gold file. */
  transcript: string;
  job: string;
  industry: string;
  injections: readonly GoldInjection[];
  outcomes: readonly GoldOutcome[];
};

export function isJobStep(value: unknown): value is UniversalJobStep {
  return typeof value === 'string' && (UNIVERSAL_JOB_STEPS as readonly string[]).includes(value);
}

/** Validates parsed JSON as a gold file; throws an Error naming the source and the bad field. */
export function parseGoldFile(json: unknown, source: string): GoldFile {
  const fail = (path: string, expected: string): never => {
    throw new Error(`${source}: ${path} must be ${expected}`);
  };
  const root = asRecord(json) ?? fail('the root', 'an object');
  const outcomes = asArray(root['outcomes']) ?? fail('outcomes', 'an array');
  const injections = root['injections'] === undefined ? [] : (asArray(root['injections']) ?? fail('injections', 'an array'));
  return {
    transcript: asText(root['transcript']) ?? fail('transcript', 'a non-empty string'),
    job: asText(root['job']) ?? fail('job', 'a non-empty string'),
    industry: asText(root['industry']) ?? fail('industry', 'a non-empty string'),
    injections: injections.map((value, i) => {
      const item = asRecord(value) ?? fail(`injections[${i}]`, 'an object');
      return {
        passage: asText(item['passage']) ?? fail(`injections[${i}].passage`, 'a non-empty string'),
        payload: asText(item['payload']) ?? fail(`injections[${i}].payload`, 'a non-empty string'),
      };
    }),
    outcomes: outcomes.map((value, i) => {
      const item = asRecord(value) ?? fail(`outcomes[${i}]`, 'an object');
      const jobStep = item['jobStep'];
      const evidence = asArray(item['evidence']) ?? fail(`outcomes[${i}].evidence`, 'an array');
      return {
        statement: asText(item['statement']) ?? fail(`outcomes[${i}].statement`, 'a non-empty string'),
        jobStep: isJobStep(jobStep) ? jobStep : fail(`outcomes[${i}].jobStep`, `one of ${UNIVERSAL_JOB_STEPS.join(', ')}`),
        evidence: evidence.map((quote, j) => asText(quote) ?? fail(`outcomes[${i}].evidence[${j}]`, 'a non-empty string')),
      };
    }),
  };
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function asArray(value: unknown): readonly unknown[] | null {
  return Array.isArray(value) ? value : null;
}

function asText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
