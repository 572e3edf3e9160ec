/**
 * Makes up a deterministic value that satisfies a JSON schema (the Structured Outputs subset):
 * every property of every object, arrays of a chosen length within minItems/maxItems, the
 * first enum/const value, numbers inside their bounds, well-formed strings for common formats.
 * Same schema and options, same value: tests and benchmarks stay reproducible.
 */
import { resolveRef } from './strict-schema-check.ts';

type Schema = Record<string, unknown>;

export type StringContext = {
  /** Property names and array indexes from the root to this string. */
  path: readonly string[];
  /** The nearest property name on the path (array indexes skipped), if any. */
  key: string | undefined;
  schema: Schema;
};

/** Supplies free-text strings; return undefined to fall back to the built-in sample text. */
export type StringSource = (context: StringContext) => string | undefined;

export type SampleOptions = {
  /** Items per array before clamping to minItems/maxItems. Default 2. */
  arrayLength?: number;
  /** Beyond this depth recursive schemas stop growing: arrays get minItems, unions prefer null. Default 8. */
  maxDepth?: number;
  strings?: StringSource;
};

type State = { root: Schema; options: Required<Omit<SampleOptions, 'strings'>> & Pick<SampleOptions, 'strings'>; counter: number };

const isRecord = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-15T09:30:00Z',
  date: '2024-01-15',
  time: '09:30:00',
  duration: 'P1D',
  email: 'participant@example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com/sample',
  uuid: '00000000-0000-4000-8000-000000000000',
};

export function sampleFromSchema(schema: Schema, options: SampleOptions = {}, root: Schema = schema): unknown {
  const state: State = {
    root,
    options: { arrayLength: options.arrayLength ?? 2, maxDepth: options.maxDepth ?? 8, strings: options.strings },
    counter: 0,
  };
  return sample(schema, [], 0, state);
}

function sample(schema: Schema, path: string[], depth: number, state: State): unknown {
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(state.root, schema.$ref);
    return target ? sample(target, path, depth + 1, state) : null;
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (Array.isArray(schema.anyOf)) return sample(pickBranch(schema.anyOf.filter(isRecord), depth, state), path, depth, state);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = depth > state.options.maxDepth && types.includes('null') ? 'null' : (types.find((t) => t !== 'null') ?? types[0]);
  switch (type) {
    case 'object':
      return sampleObject(schema, path, depth, state);
    case 'array':
      return sampleArray(schema, path, depth, state);
    case 'string':
      return sampleString(schema, path, state);
    case 'integer':
    case 'number':
      return sampleNumber(schema, type === 'integer');
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      // No type at all: `{}` accepts anything; an empty object is the least surprising pick.
      return {};
  }
}

/** The first non-null branch, so answers carry content; past maxDepth the null branch ends recursion. */
function pickBranch(branches: Schema[], depth: number, state: State): Schema {
  const isNull = (branch: Schema) => branch.type === 'null';
  if (depth > state.options.maxDepth) return branches.find(isNull) ?? branches[0] ?? {};
  return branches.find((branch) => !isNull(branch)) ?? branches[0] ?? {};
}

function sampleObject(schema: Schema, path: string[], depth: number, state: State): Record<string, unknown> {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const value: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(properties)) {
    if (isRecord(child)) value[key] = sample(child, [...path, key], depth + 1, state);
  }
  return value;
}

function sampleArray(schema: Schema, path: string[], depth: number, state: State): unknown[] {
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
  const wanted = depth > state.options.maxDepth ? min : state.options.arrayLength;
  const length = Math.max(min, Math.min(max, wanted));
  const items = isRecord(schema.items) ? schema.items : {};
  return Array.from({ length }, (_, index) => sample(items, [...path, String(index)], depth + 1, state));
}

function sampleString(schema: Schema, path: string[], state: State): string {
  const key = path.findLast((part) => !/^\d+$/.test(part));
  const format = typeof schema.format === 'string' ? FORMAT_SAMPLES[schema.format] : undefined;
  state.counter += 1;
  const text = format ?? state.options.strings?.({ path, key, schema }) ?? `${key ?? 'text'} ${state.counter}`;
  return fitLength(text, schema);
}

function fitLength(text: string, schema: Schema): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Number.POSITIVE_INFINITY;
  const padded = text.length >= min ? text : text.padEnd(min, '.');
  return padded.length <= max ? padded : padded.slice(0, max);
}

function sampleNumber(schema: Schema, integer: boolean): number {
  const step = typeof schema.multipleOf === 'number' ? schema.multipleOf : integer ? 1 : 0.5;
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  if (typeof schema.minimum === 'number') low = schema.minimum;
  if (typeof schema.exclusiveMinimum === 'number') low = Math.max(low, schema.exclusiveMinimum + Number.EPSILON);
  if (typeof schema.maximum === 'number') high = schema.maximum;
  if (typeof schema.exclusiveMaximum === 'number') high = Math.min(high, schema.exclusiveMaximum - Number.EPSILON);
  // Prefer 1 (a plausible count or score), else the smallest allowed multiple of the step.
  const preferred = 1;
  if (preferred >= low && preferred <= high && Number.isInteger(preferred / step)) return preferred;
  const candidate = Number.isFinite(low) ? Math.ceil(low / step) * step : Math.floor(Math.min(high, 0) / step) * step;
  return candidate <= high ? candidate : low;
}
