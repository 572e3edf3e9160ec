import { zodResponseFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkStrictSchema } from './strict-schema-check.ts';

const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
  ...extra,
});

describe('checkStrictSchema', () => {
  it('accepts what zodResponseFormat generates, nullable, enums, nested arrays and $defs included', () => {
    const Quote = z.object({ text: z.string(), start: z.number().int().min(0) });
    const schema = z.object({
      outcomes: z.array(z.object({ statement: z.string(), direction: z.enum(['minimize', 'increase']), quotes: z.array(Quote), note: z.string().nullable(), kind: z.literal('outcome') })),
      count: z.number(),
    });
    const format = zodResponseFormat(schema, 'outcomes', { schemaDefinitions: { Quote } });
    expect(checkStrictSchema(format.json_schema.schema!)).toBeUndefined();
  });

  it('accepts a recursive schema through $ref', () => {
    const schema = { ...object({ node: { $ref: '#/$defs/node' } }), $defs: { node: object({ children: { type: 'array', items: { $ref: '#/$defs/node' } } }) } };
    expect(checkStrictSchema(schema)).toBeUndefined();
  });

  it.each([
    ['a root that is not an object', { type: 'array', items: { type: 'string' } }, `schema must be a JSON Schema of 'type: "object"', got 'type: "array"'.`],
    ['a missing additionalProperties', { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, "In context=(), 'additionalProperties' is required to be supplied and to be false."],
    ['an open nested object', object({ a: { type: 'object', properties: {}, additionalProperties: true } }), "In context=('properties', 'a'), 'additionalProperties' is required"],
    ['an optional property', object({ a: { type: 'string' }, b: { type: 'string' } }, { required: ['a'] }), "Missing 'b'."],
    ['no required at all', object({ a: { type: 'string' } }, { required: undefined }), "'required' is required to be supplied"],
    ['a required key that does not exist', object({ a: { type: 'string' } }, { required: ['a', 'z'] }), "'required' lists 'z'"],
    ['an unsupported type', object({ a: { type: 'date' } }), 'type "date" is not supported'],
    ['a schema without type', object({ a: { description: 'anything' } }), "In context=('properties', 'a'), schema must have a 'type' key."],
    ['allOf', object({ a: { allOf: [{ type: 'string' }] } }), "'allOf' is not permitted."],
    ['oneOf', object({ a: { oneOf: [{ type: 'string' }, { type: 'null' }] } }), "'oneOf' is not permitted."],
    ['an array without items', object({ a: { type: 'array' } }), 'array schema missing items'],
    ['an unresolvable $ref', object({ a: { $ref: '#/$defs/missing' } }), 'reference #/$defs/missing cannot be resolved'],
    ['$defs below the root', object({ a: { ...object({}), $defs: {} } }), "'$defs' is only permitted at the root"],
    ['minLength (undocumented)', object({ a: { type: 'string', minLength: 1 } }), "In context=('properties', 'a'), 'minLength' is not permitted."],
  ])('refuses %s', (_name, schema, message) => {
    expect(checkStrictSchema(schema as Record<string, unknown>)).toContain(message);
  });

  it('the lenient policy lets undocumented constraints through but still refuses composition', () => {
    expect(checkStrictSchema(object({ a: { type: 'string', minLength: 1, maxLength: 9 } }), { keywords: 'lenient' })).toBeUndefined();
    expect(checkStrictSchema(object({ a: { not: { type: 'string' } } }), { keywords: 'lenient' })).toContain("'not' is not permitted");
  });

  it('refuses nesting deeper than 10 objects', () => {
    let schema: Record<string, unknown> = object({ leaf: { type: 'string' } });
    for (let level = 0; level < 10; level++) schema = object({ child: schema });
    expect(checkStrictSchema(schema)).toContain('deeper than 10 levels');
  });
});
