import { describe, expect, it } from 'vitest';
import { atlasOpportunity, atlasStage, atlasTouchpoint, journeyAtlas, kpiGlance } from '../testing/atlas-fixtures';
import { ATLAS_CSV_HEADER, atlasToCsv } from './atlas-csv';
import { csvCell, toCsv } from './csv';

/** A minimal RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain text', 'Connect the bank feed', 'Connect the bank feed'],
    ['a comma', 'Buy, then onboard', '"Buy, then onboard"'],
    ['quotes', 'She said "never again"', '"She said ""never again"""'],
    ['a line feed', 'line one\nline two', '"line one\nline two"'],
    ['a carriage return inside', 'a\r\nb', '"a\r\nb"'],
    ['a number', 12, '12'],
    ['null', null, ''],
    ['an empty string', '', ''],
  ])('writes %s', (_case, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=', '=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+', '+1 555 0100', `'+1 555 0100`],
    ['-', '-2 days', `'-2 days`],
    ['@', '@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['tab', '\t=1+1', `'\t=1+1`],
    ['carriage return', '\r=1+1', `"'\r=1+1"`],
  ])('defuses a cell starting with %s', (_trigger, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves formula characters alone when they are not first', () => {
    expect(csvCell('a=b-c+d@e')).toBe('a=b-c+d@e');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', null]])).toBe('a,b\r\nc,\r\n');
  });
});

describe('atlasToCsv', () => {
  const atlas = journeyAtlas([
    atlasStage(0, 'Discover', [
      atlasTouchpoint(0, 0, {
        name: 'Pricing page',
        channel: 'web',
        ownerTeam: 'Growth',
        cxLevel: 1,
        expectation: 'Tell me what it costs, "all in"',
        opportunities: [atlasOpportunity(3, { opportunity: 13.24, zone: 'high' }), atlasOpportunity(7, { opportunity: null, zone: null })],
        kpis: [kpiGlance(1, { name: 'CSAT', latest: 3.9, target: 4.2, status: 'misses' }), kpiGlance(2, { name: 'Conversion', unit: '%', latest: 12, target: null, status: 'no-target' })],
        pain: { marked: true, bestOpportunity: 13.24, reasons: ['opportunity', 'kpi'] },
        quoteCount: 4,
      }),
      atlasTouchpoint(0, 1, { name: '=cmd|" /C calc"!A0', channel: 'email', quoteCount: 0 }),
    ]),
    atlasStage(1, 'Buy', []),
  ]);

  it('writes the header and one row per touchpoint, with an empty stage kept as a row', () => {
    const rows = parseCsv(atlasToCsv(atlas));
    expect(rows[0]).toEqual([...ATLAS_CSV_HEADER]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'Finance team onboarding',
      'Discover',
      '1',
      'Pricing page',
      '1',
      'web',
      'Growth',
      '1',
      'Tell me what it costs, "all in"',
      'O-3 13.2 (high); O-7 (not rated)',
      '13.2',
      'CSAT 3.9/4.2 misses; Conversion 12%/— no-target',
      'yes (opportunity, kpi)',
      '4',
    ]);
    expect(rows[2]!.slice(3, 6)).toEqual([`'=cmd|" /C calc"!A0`, '2', 'email']);
    expect(rows[2]!.slice(9)).toEqual(['', '', '', 'no', '0']);
    expect(rows[3]).toEqual(['Finance team onboarding', 'Buy', '2', '', '', '', '', '', '', '', '', '', '', '']);
  });

  it('is RFC 4180: CRLF records, quoted fields with doubled quotes', () => {
    const text = atlasToCsv(atlas);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(5);
    expect(text).toContain('"Tell me what it costs, ""all in"""');
  });

  it('defuses a journey name that starts like a formula in every row', () => {
    const rows = parseCsv(atlasToCsv({ ...atlas, name: '@evil' }));
    expect(rows.slice(1).map((row) => row[0])).toEqual(["'@evil", "'@evil", "'@evil"]);
  });
});
