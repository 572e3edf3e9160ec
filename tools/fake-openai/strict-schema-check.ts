/**
 * The rules OpenAI enforces on `response_format.json_schema.schema` when `strict: true`
 * (Structured Outputs). The real API refuses a schema that breaks them with a 400 before the
 * model runs; mirroring that here makes a test fail where production would, instead of
 * passing against a fake that accepts anything.
 *
 * Rules: the root is an object (not a union); every object sets `additionalProperties: false`
 * and lists ALL its properties in `required` (optional fields are written as nullable);
 * types are string, number, integer, boolean, object, array, null, combined only with
 * `anyOf`, `enum`, `const` and local `$ref`s into `$defs`/`definitions`; arrays declare
 * `items`; at most 10 levels of object nesting and 5000 properties in all.
 */
export type StrictKeywordPolicy = 'documented' | 'lenient';

export type StrictSchemaOptions = {
  /**
   * `documented` (default) refuses every keyword the Structured Outputs guide does not list
   * (e.g. minLength, maxLength, minProperties), as the real API has done; `lenient` ignores
   * those but still refuses composition and conditional keywords.
   */
  keywords?: StrictKeywordPolicy;
};

const SUPPORTED_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** Keywords Structured Outputs can never honour, whatever the policy. */
const REJECTED_KEYWORDS = new Set([
  'allOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentRequired', 'dependentSchemas', 'dependencies',
  'patternProperties', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems', 'contains', 'prefixItems',
  'additionalItems',
]);

/** Keywords the Structured Outputs guide documents as supported (plus annotations). */
const DOCUMENTED_KEYWORDS = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf', '$ref', '$defs',
  'definitions', 'description', 'title', 'default', 'examples', '$comment', '$schema', '$id', 'deprecated',
  'readOnly', 'writeOnly', 'pattern', 'format', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum',
  'exclusiveMinimum', 'minItems', 'maxItems',
]);

const MAX_OBJECT_DEPTH = 10;
const MAX_PROPERTIES = 5000;

type Schema = Record<string, unknown>;
type Walk = { root: Schema; policy: StrictKeywordPolicy; propertyCount: number };

const isRecord = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Python-tuple rendering of the path, as in the real API's "In context=('properties', 'x'), ..." messages. */
const context = (path: readonly string[]): string =>
  `In context=(${path.map((part) => `'${part}'`).join(', ')}${path.length === 1 ? ',' : ''})`;

/** Returns the first violation as the real API would word it, or undefined when the schema is valid. */
export function checkStrictSchema(schema: Schema, options: StrictSchemaOptions = {}): string | undefined {
  if (schema.type !== 'object') {
    const got = schema.type === undefined ? (schema.anyOf ? 'anyOf' : 'None') : JSON.stringify(schema.type);
    return `schema must be a JSON Schema of 'type: "object"', got 'type: ${got}'.`;
  }
  const walk: Walk = { root: schema, policy: options.keywords ?? 'documented', propertyCount: 0 };
  const problem = checkNode(schema, [], 1, walk) ?? checkDefinitions(schema, walk);
  if (problem) return problem;
  return walk.propertyCount > MAX_PROPERTIES
    ? `The schema has ${walk.propertyCount} object properties, more than the maximum of ${MAX_PROPERTIES}.`
    : undefined;
}

function checkDefinitions(root: Schema, walk: Walk): string | undefined {
  for (const keyword of ['$defs', 'definitions']) {
    const definitions = root[keyword];
    if (definitions === undefined) continue;
    if (!isRecord(definitions)) return `${context([keyword])}, '${keyword}' must be an object.`;
    for (const [name, definition] of Object.entries(definitions)) {
      const problem = isRecord(definition)
        ? checkNode(definition, [keyword, name], 1, walk)
        : `${context([keyword, name])}, schema must be an object.`;
      if (problem) return problem;
    }
  }
  return undefined;
}

function checkNode(schema: Schema, path: string[], depth: number, walk: Walk): string | undefined {
  for (const keyword of Object.keys(schema)) {
    if (keyword === '$defs' || keyword === 'definitions') {
      if (path.length > 0) return `${context(path)}, '${keyword}' is only permitted at the root of the schema.`;
      continue;
    }
    if (REJECTED_KEYWORDS.has(keyword) || (walk.policy === 'documented' && !DOCUMENTED_KEYWORDS.has(keyword))) {
      return `${context(path)}, '${keyword}' is not permitted.`;
    }
  }
  if (schema.$ref !== undefined) return checkRef(schema.$ref, path, walk.root);
  if (schema.anyOf !== undefined) return checkAnyOf(schema.anyOf, path, depth, walk);
  if (schema.type === undefined) {
    return schema.enum !== undefined || schema.const !== undefined ? undefined : `${context(path)}, schema must have a 'type' key.`;
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  for (const type of types) {
    if (typeof type !== 'string' || !SUPPORTED_TYPES.has(type)) return `${context(path)}, type ${JSON.stringify(type)} is not supported.`;
  }
  if (types.includes('object')) {
    const problem = checkObject(schema, path, depth, walk);
    if (problem) return problem;
  }
  if (types.includes('array')) return checkArray(schema, path, depth, walk);
  return undefined;
}

function checkObject(schema: Schema, path: string[], depth: number, walk: Walk): string | undefined {
  if (depth > MAX_OBJECT_DEPTH) return `${context(path)}, the schema nests objects deeper than ${MAX_OBJECT_DEPTH} levels.`;
  if (schema.additionalProperties !== false) {
    return `${context(path)}, 'additionalProperties' is required to be supplied and to be false.`;
  }
  const properties = schema.properties ?? {};
  if (!isRecord(properties)) return `${context(path)}, 'properties' must be an object.`;
  const keys = Object.keys(properties);
  walk.propertyCount += keys.length;
  const required = schema.required;
  if (keys.length > 0 || required !== undefined) {
    const listed = Array.isArray(required) ? required : [];
    const missing = keys.filter((key) => !listed.includes(key));
    if (!Array.isArray(required) || missing.length > 0) {
      const detail = missing.length > 0 ? ` Missing '${missing[0]}'.` : '';
      return `${context(path)}, 'required' is required to be supplied and to be an array including every key in properties.${detail}`;
    }
    const extra = listed.find((key) => typeof key !== 'string' || !keys.includes(key));
    if (extra !== undefined) return `${context(path)}, 'required' lists '${String(extra)}', which is not in properties.`;
  }
  for (const key of keys) {
    const child = properties[key];
    const childPath = [...path, 'properties', key];
    const problem = isRecord(child) ? checkNode(child, childPath, depth + 1, walk) : `${context(childPath)}, schema must be an object.`;
    if (problem) return problem;
  }
  return undefined;
}

function checkArray(schema: Schema, path: string[], depth: number, walk: Walk): string | undefined {
  const items = schema.items;
  if (items === undefined) return `${context(path)}, array schema missing items.`;
  if (!isRecord(items)) return `${context([...path, 'items'])}, 'items' must be a schema object.`;
  return checkNode(items, [...path, 'items'], depth, walk);
}

function checkAnyOf(anyOf: unknown, path: string[], depth: number, walk: Walk): string | undefined {
  if (!Array.isArray(anyOf) || anyOf.length === 0) return `${context(path)}, 'anyOf' must be a non-empty array.`;
  for (const [index, branch] of anyOf.entries()) {
    const branchPath = [...path, 'anyOf', String(index)];
    const problem = isRecord(branch) ? checkNode(branch, branchPath, depth, walk) : `${context(branchPath)}, schema must be an object.`;
    if (problem) return problem;
  }
  return undefined;
}

function checkRef(ref: unknown, path: string[], root: Schema): string | undefined {
  if (typeof ref !== 'string') return `${context(path)}, '$ref' must be a string.`;
  return resolveRef(root, ref) === undefined ? `${context(path)}, reference ${ref} cannot be resolved.` : undefined;
}

/** Resolves a local JSON-pointer `$ref` ("#", "#/$defs/Name") against the root schema. */
export function resolveRef(root: Schema, ref: string): Schema | undefined {
  if (!ref.startsWith('#')) return undefined;
  const pointer = decodeURIComponent(ref.slice(1));
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return undefined;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isRecord(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return isRecord(node) ? node : undefined;
}
