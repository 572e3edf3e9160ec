/**
 * A small JSON Schema validator for the subset Structured Outputs uses. With `strict: true`
 * OpenAI guarantees the answer matches the schema, so the fake checks every answer it makes
 * up (responder, fixtures) and refuses to send one that OpenAI could never produce: a broken
 * fixture must not pass for a model quirk. Scripted `invalidSchemaOutput` skips this on purpose.
 */
import { resolveRef } from './strict-schema-check.ts';

type Schema = Record<string, unknown>;

const isRecord = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

const jsonType = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
};

const pointer = (path: readonly string[]): string => (path.length === 0 ? '(root)' : `/${path.join('/')}`);

/** Returns the problems found (empty when the value satisfies the schema), each prefixed by its JSON pointer. */
export function validateAgainstSchema(value: unknown, schema: Schema, root: Schema = schema): string[] {
  const problems: string[] = [];
  visit(value, schema, root, [], problems);
  return problems;
}

function visit(value: unknown, schema: Schema, root: Schema, path: string[], problems: string[]): void {
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(root, schema.$ref);
    if (!target) problems.push(`${pointer(path)}: unresolvable $ref ${schema.$ref}`);
    else visit(value, target, root, path, problems);
    return;
  }
  if (Array.isArray(schema.anyOf)) {
    const matches = schema.anyOf.some((branch) => isRecord(branch) && validateAgainstSchema(value, branch, root).length === 0);
    if (!matches) problems.push(`${pointer(path)}: matches no anyOf branch`);
    return;
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => deepEqual(option, value))) {
    problems.push(`${pointer(path)}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if ('const' in schema && !deepEqual(schema.const, value)) {
    problems.push(`${pointer(path)}: expected the constant ${JSON.stringify(schema.const)}`);
  }
  if (schema.type !== undefined && !typeMatches(value, schema.type)) {
    problems.push(`${pointer(path)}: expected ${JSON.stringify(schema.type)}, got ${jsonType(value)}`);
    return;
  }
  if (isRecord(value)) visitObject(value, schema, root, path, problems);
  else if (Array.isArray(value)) visitArray(value, schema, root, path, problems);
  else if (typeof value === 'string') checkString(value, schema, path, problems);
  else if (typeof value === 'number') checkNumber(value, schema, path, problems);
}

function typeMatches(value: unknown, type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  const actual = jsonType(value);
  return types.some((expected) => expected === actual || (expected === 'number' && actual === 'integer'));
}

function visitObject(value: Schema, schema: Schema, root: Schema, path: string[], problems: string[]): void {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  for (const key of required) {
    if (typeof key === 'string' && !Object.hasOwn(value, key)) problems.push(`${pointer(path)}: missing required property '${key}'`);
  }
  for (const [key, child] of Object.entries(value)) {
    const childSchema = properties[key];
    if (isRecord(childSchema)) visit(child, childSchema, root, [...path, key], problems);
    else if (schema.additionalProperties === false) problems.push(`${pointer(path)}: unexpected property '${key}'`);
    else if (isRecord(schema.additionalProperties)) visit(child, schema.additionalProperties, root, [...path, key], problems);
  }
}

function visitArray(value: unknown[], schema: Schema, root: Schema, path: string[], problems: string[]): void {
  if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
    problems.push(`${pointer(path)}: has ${value.length} items, fewer than minItems ${schema.minItems}`);
  }
  if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
    problems.push(`${pointer(path)}: has ${value.length} items, more than maxItems ${schema.maxItems}`);
  }
  const items = schema.items;
  if (isRecord(items)) value.forEach((item, index) => visit(item, items, root, [...path, String(index)], problems));
}

function checkString(value: string, schema: Schema, path: string[], problems: string[]): void {
  if (typeof schema.minLength === 'number' && value.length < schema.minLength) problems.push(`${pointer(path)}: shorter than minLength ${schema.minLength}`);
  if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) problems.push(`${pointer(path)}: longer than maxLength ${schema.maxLength}`);
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
    problems.push(`${pointer(path)}: does not match pattern ${schema.pattern}`);
  }
}

function checkNumber(value: number, schema: Schema, path: string[], problems: string[]): void {
  const fail = (rule: string) => problems.push(`${pointer(path)}: ${value} violates ${rule}`);
  if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`minimum ${schema.minimum}`);
  if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`maximum ${schema.maximum}`);
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail(`exclusiveMinimum ${schema.exclusiveMinimum}`);
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) fail(`exclusiveMaximum ${schema.exclusiveMaximum}`);
  if (typeof schema.multipleOf === 'number' && !Number.isInteger(value / schema.multipleOf)) fail(`multipleOf ${schema.multipleOf}`);
}

function deepEqual(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}
