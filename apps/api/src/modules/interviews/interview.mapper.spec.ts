import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START, toSnippet } from './interview.mapper.js';

describe('toSnippet', () => {
  it('turns headline markers into match ranges over plain text', () => {
    const snippet = toSnippet(`It takes ${MATCH_START}two${MATCH_END} days to match ${MATCH_START}invoices${MATCH_END}.`);
    expect(snippet.text).toBe('It takes two days to match invoices.');
    expect(snippet.matches.map((match) => snippet.text.slice(match.start, match.end))).toEqual(['two', 'invoices']);
  });

  it('keeps HTML in the transcript as text', () => {
    const snippet = toSnippet(`<script>alert(1)</script> ${MATCH_START}invoice${MATCH_END}`);
    expect(snippet.text).toBe('<script>alert(1)</script> invoice');
    expect(snippet.matches).toEqual([{ start: 26, end: 33 }]);
  });
});
