import { zodResponseFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sampleFromSchema } from './schema-sample.ts';
import { validateAgainstSchema } from './schema-validate.ts';

describe('sampleFromSchema', () => {
  it('makes a value the original zod schema accepts, deterministically', () => {
    const schema = z.object({
      outcomes: z.array(
        z.object({
          statement: z.string().min(3).max(200),
          direction: z.enum(['minimize', 'increase']),
          importance: z.number().int().min(1).max(5),
          score: z.number().gt(0).lt(1),
          at: z.iso.datetime(),
          id: z.uuid(),
          note: z.string().nullable(),
          tags: z.array(z.string()).min(3).max(4),
          flagged: z.boolean(),
          kind: z.literal('outcome'),
        }),
      ),
    });
    const json = zodResponseFormat(schema, 'outcomes').json_schema.schema!;
    const value = sampleFromSchema(json);
    expect(schema.parse(value)).toEqual(value);
    expect(validateAgainstSchema(value, json)).toEqual([]);
    expect(sampleFromSchema(json)).toEqual(value);
    expect((value as { outcomes: { tags: string[] }[] }).outcomes[0]!.tags).toHaveLength(3);
  });

  it('stops recursive schemas at maxDepth', () => {
    const Node: z.ZodType<{ name: string; children: unknown[] }> = z.object({ name: z.string(), get children() { return z.array(Node); } });
    const json = zodResponseFormat(z.object({ root: Node }), 'tree').json_schema.schema!;
    const value = sampleFromSchema(json, { maxDepth: 4 });
    expect(validateAgainstSchema(value, json)).toEqual([]);
    expect(JSON.stringify(value).length).toBeLessThan(2_000);
  });

  it('takes free-text strings from a StringSource, keeping formats and enums', () => {
    const json = { type: 'object', properties: { quote: { type: 'string' }, day: { type: 'string', format: 'date' }, mode: { type: 'string', enum: ['a', 'b'] } } };
    expect(sampleFromSchema(json, { strings: ({ key }) => `<${key}>` })).toEqual({ quote: '<quote>', day: '2024-01-15', mode: 'a' });
  });
});

describe('validateAgainstSchema', () => {
  const json = zodResponseFormat(z.object({ items: z.array(z.object({ n: z.number().max(3), s: z.string().nullable() })).max(2) }), 'x').json_schema.schema!;

  it('names each problem by JSON pointer', () => {
    const problems = validateAgainstSchema({ items: [{ n: 4, s: 1, extra: true }, { s: null }, { n: 1, s: 'x' }] }, json);
    expect(problems).toEqual([
      '/items: has 3 items, more than maxItems 2',
      '/items/0/n: 4 violates maximum 3',
      '/items/0/s: expected ["string","null"], got integer',
      "/items/0: unexpected property 'extra'",
      "/items/1: missing required property 'n'",
    ]);
  });
});
