import { describe, expect, it } from 'vitest';
import { csvRepresentation, etagOf, ifNoneMatchHits, jsonRepresentation, negotiateFormat } from './representation.js';

describe('etagOf', () => {
  it('is a strong, quoted hash that changes with the body and with the media type', () => {
    const json = jsonRepresentation({ a: 1 });
    expect(etagOf(json)).toMatch(/^"[\w-]{43}"$/);
    expect(etagOf(jsonRepresentation({ a: 1 }))).toBe(etagOf(json));
    expect(etagOf(jsonRepresentation({ a: 2 }))).not.toBe(etagOf(json));
    expect(etagOf(csvRepresentation(json.body, 'x.csv'))).not.toBe(etagOf(json));
  });
});

describe('ifNoneMatchHits', () => {
  const etag = '"abc"';
  it.each([
    ['no header', undefined, false],
    ['the same tag', '"abc"', true],
    ['another tag', '"abd"', false],
    ['one of a list', '"x", "abc" ,"y"', true],
    ['the weak form (weak comparison)', 'W/"abc"', true],
    ['any', '*', true],
    ['the unquoted value', 'abc', false],
    ['repeated headers', ['"x"', '"abc"'], true],
  ] as const)('%s', (_name, header, expected) => {
    expect(ifNoneMatchHits(header as string | string[] | undefined, etag)).toBe(expected);
  });
});

describe('negotiateFormat', () => {
  it.each([
    ['format wins over Accept', 'json', 'text/csv', 'json'],
    ['format=csv', 'csv', undefined, 'csv'],
    ['no Accept', undefined, undefined, 'json'],
    ['Accept: text/csv', undefined, 'text/csv', 'csv'],
    ['a browser\'s Accept', undefined, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'json'],
    ['*/*', undefined, '*/*', 'json'],
    ['csv preferred by q', undefined, 'application/json;q=0.5, text/csv', 'csv'],
    ['json preferred by q', undefined, 'application/json, text/csv;q=0.5', 'json'],
    ['text/* reaches csv', undefined, 'text/*', 'csv'],
    ['csv refused', undefined, 'text/csv;q=0, */*', 'json'],
  ] as const)('%s', (_name, format, accept, expected) => {
    expect(negotiateFormat(format, accept)).toBe(expected);
  });
});
