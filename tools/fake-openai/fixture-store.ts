/**
 * Fixtures: canned answers chosen by what the request contains, for demos and benchmarks that
 * need realistic content without a script. A fixture directory holds *.json files, each one
 * fixture or an array of them; files are read in name order and the first match wins.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { lastUserText, requestedSchema, type ChatCompletionRequest } from './chat-completion-request.ts';
import type { Behaviour, BehaviourKind } from './behaviours.ts';

export type Fixture = {
  /** Matches when this string occurs in the last user message; omitted: matches every request. */
  match?: string;
  /** Matches only requests for this model. */
  model?: string;
  /** Matches only requests whose json_schema has this name. */
  schemaName?: string;
  /** The answer content (object → JSON, string verbatim); checked against a strict schema. */
  content?: unknown;
  /** Or a behaviour, e.g. { "kind": "refusal" } for one demo transcript. */
  behaviour?: Behaviour;
  /** Where the fixture came from, for error messages; set from the file name when loaded. */
  source?: string;
};

const KINDS: readonly BehaviourKind[] = [
  'default', 'answer', 'rateLimit', 'serverError', 'slow', 'malformedJson', 'refusal', 'truncated', 'contentFilter',
  'invalidSchemaOutput', 'hangUp', 'error',
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Loads fixtures from a directory, or checks an in-memory list; throws naming the bad fixture. */
export async function loadFixtures(source: string | readonly Fixture[]): Promise<Fixture[]> {
  if (typeof source !== 'string') return source.map((fixture, index) => checkFixture(fixture, fixture.source ?? `fixtures[${index}]`));
  const files = (await readdir(source)).filter((file) => file.endsWith('.json')).sort();
  const fixtures: Fixture[] = [];
  for (const file of files) {
    const parsed: unknown = JSON.parse(await readFile(path.join(source, file), 'utf8'));
    const entries = Array.isArray(parsed) ? parsed : [parsed];
    entries.forEach((entry, index) => fixtures.push(checkFixture(entry, entries.length > 1 ? `${file}[${index}]` : file)));
  }
  return fixtures;
}

function checkFixture(value: unknown, source: string): Fixture {
  if (!isRecord(value)) throw new Error(`Fixture ${source} must be an object.`);
  const hasContent = value.content !== undefined;
  const hasBehaviour = value.behaviour !== undefined;
  if (hasContent === hasBehaviour) throw new Error(`Fixture ${source} needs exactly one of "content" or "behaviour".`);
  if (hasBehaviour && !(isRecord(value.behaviour) && KINDS.includes(value.behaviour.kind as BehaviourKind))) {
    throw new Error(`Fixture ${source} has an unknown behaviour; kinds are ${KINDS.join(', ')}.`);
  }
  for (const key of ['match', 'model', 'schemaName'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') throw new Error(`Fixture ${source}: "${key}" must be a string.`);
  }
  return { ...(value as Fixture), source };
}

export function findFixture(fixtures: readonly Fixture[], request: ChatCompletionRequest): Fixture | undefined {
  const text = lastUserText(request);
  const schemaName = requestedSchema(request)?.name;
  return fixtures.find(
    (fixture) =>
      (fixture.match === undefined || text.includes(fixture.match)) &&
      (fixture.model === undefined || fixture.model === request.model) &&
      (fixture.schemaName === undefined || fixture.schemaName === schemaName),
  );
}
