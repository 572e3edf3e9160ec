import { describe, expect, it } from 'vitest';
import { HEADER_READ_BYTES, parseCsvHeader, readCsvHeader } from './csv-header';

describe('parseCsvHeader', () => {
  it.each([
    { name: 'plain columns, LF', text: 'respondent_id,segment,O-1 importance\nR1,SMB,5\n', columns: ['respondent_id', 'segment', 'O-1 importance'] },
    { name: 'CRLF line ends', text: 'a,b,c\r\n1,2,3\r\n', columns: ['a', 'b', 'c'] },
    { name: 'a lone CR ends the record too', text: 'a,b\r1,2', columns: ['a', 'b'] },
    { name: 'a byte-order mark is dropped', text: '\uFEFFrespondent_id,O-1_imp\n', columns: ['respondent_id', 'O-1_imp'] },
    { name: 'quoted fields keep commas', text: '"respondent_id","O-1 importance, 1-5",segment\n', columns: ['respondent_id', 'O-1 importance, 1-5', 'segment'] },
    { name: 'doubled quotes are one quote', text: '"say ""hi""",b\n', columns: ['say "hi"', 'b'] },
    { name: 'a quoted field may span lines', text: '"first\r\nline",b\r\nR1,2', columns: ['first\r\nline', 'b'] },
    { name: 'empty fields are kept', text: 'a,,c,\n', columns: ['a', '', 'c', ''] },
    { name: 'a header-only file without a line break', text: 'a,b', columns: ['a', 'b'] },
    { name: 'BOM, quotes and CRLF together', text: '\uFEFF"id","imp_O-2"\r\n"R1","4"\r\n', columns: ['id', 'imp_O-2'] },
  ])('$name', ({ text, columns }) => {
    expect(parseCsvHeader(text, true)).toEqual({ ok: true, columns });
  });

  it('reports an unclosed quote in a whole file', () => {
    expect(parseCsvHeader('"a,b\n1,2', true)).toEqual({ ok: false, reason: 'The header line has a quote that is never closed.' });
  });

  it('reports a header that does not end within the part read', () => {
    expect(parseCsvHeader('a,b,c', false)).toEqual({ ok: false, reason: 'The header line is longer than 64 KB.' });
  });

  it.each(['', '\uFEFF', '\n1,2', ',,\n'])('reports an empty file or first line (%j)', (text) => {
    expect(parseCsvHeader(text, true).ok).toBe(false);
  });
});

describe('readCsvHeader', () => {
  it('reads only the start of a large file', async () => {
    const body = 'R1,5,4\n'.repeat(20_000);
    const file = new File([`respondent_id,"O-1 importance",O-1 satisfaction\n${body}`], 'survey.csv', { type: 'text/csv' });
    expect(file.size).toBeGreaterThan(HEADER_READ_BYTES);
    await expect(readCsvHeader(file)).resolves.toEqual({ ok: true, columns: ['respondent_id', 'O-1 importance', 'O-1 satisfaction'] });
  });
});
