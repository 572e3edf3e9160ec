import type { OpportunityItem } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { csvField, OPPORTUNITY_CSV_COLUMNS, opportunitiesToCsv, type OpportunityCsvRow } from './opportunity-csv.js';

const item = (overrides: Partial<OpportunityItem> = {}): OpportunityItem => ({
  outcomeId: '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10',
  key: 'O-12',
  statement: 'Minimize the time it takes to match invoices',
  jobStep: { id: '5c2d8f0a-1b7e-4c3d-9e8f-6a5b4c3d2e1f', name: 'Confirm' },
  importance: 8,
  satisfaction: 10 / 3,
  opportunity: 8 + (8 - 10 / 3),
  zone: 'high',
  interval: {
    importance: { low: 7.1, high: 8.6 },
    satisfaction: { low: 2.5, high: 4.25 },
    opportunity: { low: 11.75, high: 14.7 },
    lowSample: true,
  },
  nImportance: 12,
  nSatisfaction: 9,
  lowSample: true,
  rank: 1,
  tied: false,
  evidenceCount: 2,
  updatedAt: '2025-11-20T09:30:00.000Z',
  journeys: [],
  kpis: [],
  solutions: [],
  ...overrides,
});

const row = (overrides: Partial<OpportunityItem> = {}, journeyPlaces: OpportunityCsvRow['journeyPlaces'] = []): OpportunityCsvRow => ({ item: item(overrides), journeyPlaces });

const ids = {
  journey: '7d9e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a',
  stage: '8e0f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b',
  touchpoint: '9f1a3b4c-5d6e-4f7a-8b8c-9d0e1f2a3b4c',
  kpi: 'a0b1c2d3-e4f5-4a6b-8c7d-8e9f0a1b2c3d',
  solution: 'b1c2d3e4-f5a6-4b7c-9d8e-9f0a1b2c3d4e',
};

describe('csvField', () => {
  it.each([
    ['plain text stays bare', 'Confirm', 'Confirm'],
    ['a comma is quoted', 'late, again', '"late, again"'],
    ['quotes are doubled inside quotes', 'the "real" total', '"the ""real"" total"'],
    ['a line break is quoted', 'line one\nline two', '"line one\nline two"'],
    ['= starts a formula: apostrophe', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['+ starts a formula: apostrophe', '+1', "'+1"],
    ['- starts a formula: apostrophe', '-2+3', "'-2+3"],
    ['@ starts a formula: apostrophe', '@SUM(A1)', "'@SUM(A1)"],
    ['tab starts a formula: apostrophe', '\tcmd', "'\tcmd"],
    ['carriage return: apostrophe, then quoted', '\rcmd', '"\'\rcmd"'],
    ['a formula sign later in the text is harmless', 'a=b', 'a=b'],
    ['empty text is an empty field', '', ''],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers at full precision, booleans as words and null as an empty field', () => {
    expect(csvField(10 / 3)).toBe('3.3333333333333335');
    expect(Number(csvField(10 / 3))).toBe(10 / 3);
    expect(csvField(0)).toBe('0');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
  });
});

describe('opportunitiesToCsv', () => {
  it('writes the header and one CRLF-terminated line per item with the fields flattened', () => {
    const csv = opportunitiesToCsv([row(), row({ outcomeId: '1b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10', key: 'O-3', jobStep: null, rank: 2, statement: 'Say "hi", then =1+1' })]);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toBe(OPPORTUNITY_CSV_COLUMNS.join(','));
    expect(lines[0]).toBe(
      'rank,key,statement,job_step,importance,satisfaction,opportunity,zone,importance_low,importance_high,satisfaction_low,satisfaction_high,' +
        'opportunity_low,opportunity_high,n_importance,n_satisfaction,low_sample,evidence_count,outcome_id,updated_at,journeys,kpis,solutions',
    );
    expect(lines[1]).toBe(
      '1,O-12,Minimize the time it takes to match invoices,Confirm,8,3.3333333333333335,12.666666666666666,high,7.1,8.6,2.5,4.25,11.75,14.7,12,9,true,2,' +
        '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10,2025-11-20T09:30:00.000Z,,,',
    );
    expect(lines[2]?.startsWith('2,O-3,"Say ""hi"", then =1+1",,8,')).toBe(true);
  });

  it('is only the header for an empty backlog', () => {
    expect(opportunitiesToCsv([])).toBe(`${OPPORTUNITY_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('neutralises a formula in the statement and the job step name', () => {
    const [, line] = opportunitiesToCsv([row({ statement: '=cmd|/c calc!A1', jobStep: { id: '5c2d8f0a-1b7e-4c3d-9e8f-6a5b4c3d2e1f', name: '@evil' } })]).split('\r\n');
    expect(line).toContain(",'=cmd|/c calc!A1,'@evil,");
  });

  it('spells out the chain: journey places by name, KPIs as latest/target (a dash when missing), solutions with their status', () => {
    const csv = opportunitiesToCsv([
      row(
        {
          journeys: [
            { journeyId: ids.journey, stageId: ids.stage, touchpointId: ids.touchpoint },
            { journeyId: ids.journey, stageId: ids.stage, touchpointId: null },
          ],
          kpis: [
            { kpiId: ids.kpi, name: 'CSAT after bank connection', type: 'csat', unit: '%', scale: 5, latest: 71.4, target: 80, status: 'misses' },
            { kpiId: ids.kpi, name: 'NPS', type: 'nps', unit: 'NPS points', scale: null, latest: null, target: -5, status: 'no-data' },
            { kpiId: ids.kpi, name: 'Time to value', type: 'ttv', unit: 'days', scale: null, latest: 3.5, target: null, status: 'no-target' },
          ],
          solutions: [
            { solutionId: ids.solution, title: 'Auto-match bank lines', status: 'testing' },
            { solutionId: ids.solution, title: 'Guided setup', status: 'dropped' },
          ],
        },
        [
          { journey: 'Onboarding', stage: 'Connect', touchpoint: 'Bank feed' },
          { journey: 'Onboarding', stage: 'Connect', touchpoint: null },
        ],
      ),
    ]);
    const [, line] = csv.split('\r\n');
    expect(line).toMatch(
      /,2025-11-20T09:30:00\.000Z,Onboarding › Connect › Bank feed; Onboarding › Connect,CSAT after bank connection 71\.4\/80; NPS -\/-5; Time to value 3\.5\/-,Auto-match bank lines \(testing\); Guided setup \(dropped\)$/,
    );
  });

  it('keeps chain cells RFC 4180 and formula-safe: names with commas, quotes and formula signs', () => {
    const csv = opportunitiesToCsv([
      row(
        {
          kpis: [{ kpiId: ids.kpi, name: '=SUM(A1:A9)', type: 'custom', unit: '%', scale: null, latest: 1, target: 2, status: 'misses' }],
          solutions: [{ solutionId: ids.solution, title: '@import, "now"', status: 'idea' }],
        },
        [{ journey: '+Buy, then pay', stage: 'Pay', touchpoint: 'Line\nbreak' }],
      ),
    ]);
    expect(csv.split('\r\n')[1]!.endsWith(`,"'+Buy, then pay › Pay › Line\nbreak",'=SUM(A1:A9) 1/2,"'@import, ""now"" (idea)"`)).toBe(true);
  });
});
