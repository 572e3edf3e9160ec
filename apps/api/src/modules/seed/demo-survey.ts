import type { UniversalJobStep } from '@outcome-atlas/contracts';

type Persona = 'Accounts payable clerk' | 'Finance controller';

/**
 * A desired outcome of the demo project with the share of each persona that rates it important (4–5) and
 * satisfied (4–5). The shares are chosen so that the ranking, the landscape zones and the segment
 * comparison all have something to show: the two personas disagree on accruals and approvals.
 */
type DemoOutcome = {
  statement: string;
  step: UniversalJobStep;
  evidence?: { interviewTitle: string; quote: string };
  important: Record<Persona, number>;
  satisfied: Record<Persona, number>;
};

const PRIYA = 'Priya, accounts payable (plain text)';
const MARCO = 'Marco, finance controller (WebVTT)';
const LENA = 'Lena, accounts payable (Markdown notes)';

export const DEMO_OUTCOMES: DemoOutcome[] = [
  {
    statement: 'Minimize the time it takes to match an invoice to its purchase order',
    step: 'Confirm',
    evidence: { interviewTitle: PRIYA, quote: 'The worst part is matching invoices to purchase orders.' },
    important: { 'Accounts payable clerk': 0.92, 'Finance controller': 0.7 },
    satisfied: { 'Accounts payable clerk': 0.15, 'Finance controller': 0.3 },
  },
  {
    statement: 'Minimize the likelihood of paying the same invoice twice',
    step: 'Execute',
    evidence: { interviewTitle: PRIYA, quote: 'I still worry that we pay something twice.' },
    important: { 'Accounts payable clerk': 0.88, 'Finance controller': 0.9 },
    satisfied: { 'Accounts payable clerk': 0.35, 'Finance controller': 0.4 },
  },
  {
    statement: 'Minimize the time it takes to find the order confirmation for an invoice without a purchase order number',
    step: 'Locate',
    evidence: { interviewTitle: PRIYA, quote: 'I search my inbox for the order confirmation and then I email the buyer.' },
    important: { 'Accounts payable clerk': 0.8, 'Finance controller': 0.35 },
    satisfied: { 'Accounts payable clerk': 0.2, 'Finance controller': 0.45 },
  },
  {
    statement: 'Minimize the likelihood of missing a delivery that arrived but was not invoiced when estimating accruals',
    step: 'Prepare',
    evidence: { interviewTitle: MARCO, quote: 'We never know which deliveries arrived but were not invoiced yet.' },
    important: { 'Accounts payable clerk': 0.4, 'Finance controller': 0.95 },
    satisfied: { 'Accounts payable clerk': 0.5, 'Finance controller': 0.1 },
  },
  {
    statement: 'Minimize the number of accrual estimates that must be reversed the following month',
    step: 'Modify',
    evidence: { interviewTitle: MARCO, quote: 'half the estimates are wrong the next month' },
    important: { 'Accounts payable clerk': 0.3, 'Finance controller': 0.85 },
    satisfied: { 'Accounts payable clerk': 0.45, 'Finance controller': 0.2 },
  },
  {
    statement: 'Minimize the time it takes to explain a reversed entry to the auditors',
    step: 'Conclude',
    evidence: { interviewTitle: MARCO, quote: 'someone has to reverse the entry by hand, and auditors ask why' },
    important: { 'Accounts payable clerk': 0.25, 'Finance controller': 0.75 },
    satisfied: { 'Accounts payable clerk': 0.5, 'Finance controller': 0.35 },
  },
  {
    statement: 'Minimize the time it takes to find the original invoice that a corrected invoice replaces',
    step: 'Locate',
    evidence: { interviewTitle: LENA, quote: 'We have to find the original first, cancel it and book the new one.' },
    important: { 'Accounts payable clerk': 0.7, 'Finance controller': 0.3 },
    satisfied: { 'Accounts payable clerk': 0.4, 'Finance controller': 0.55 },
  },
  {
    statement: 'Minimize the likelihood that an invoice waits for an approver who is away',
    step: 'Monitor',
    evidence: { interviewTitle: LENA, quote: 'approvers go on holiday and nobody notices' },
    important: { 'Accounts payable clerk': 0.85, 'Finance controller': 0.6 },
    satisfied: { 'Accounts payable clerk': 0.1, 'Finance controller': 0.3 },
  },
  {
    statement: 'Minimize the time it takes to chase outstanding approvals before the close deadline',
    step: 'Monitor',
    evidence: { interviewTitle: LENA, quote: 'I chase approvals by phone on the last two days.' },
    important: { 'Accounts payable clerk': 0.75, 'Finance controller': 0.5 },
    satisfied: { 'Accounts payable clerk': 0.2, 'Finance controller': 0.4 },
  },
  {
    statement: 'Minimize the time it takes to agree the close calendar with every team',
    step: 'Define',
    important: { 'Accounts payable clerk': 0.3, 'Finance controller': 0.55 },
    satisfied: { 'Accounts payable clerk': 0.7, 'Finance controller': 0.65 },
  },
  {
    statement: 'Minimize the time it takes to post a supplier payment run',
    step: 'Execute',
    important: { 'Accounts payable clerk': 0.45, 'Finance controller': 0.3 },
    satisfied: { 'Accounts payable clerk': 0.85, 'Finance controller': 0.8 },
  },
  {
    statement: 'Minimize the likelihood of closing the month with an unreconciled supplier balance',
    step: 'Conclude',
    important: { 'Accounts payable clerk': 0.65, 'Finance controller': 0.8 },
    satisfied: { 'Accounts payable clerk': 0.55, 'Finance controller': 0.5 },
  },
];

export const DEMO_SURVEY = {
  /** Respondents per persona. */
  respondentsPerPersona: 60,
  seed: 20261123,
  personas: ['Accounts payable clerk', 'Finance controller'] as const satisfies Persona[],
  regions: ['EU', 'US'],
};

/** One 1–5 answer: 4 or 5 with probability `topBoxShare`, else 1 to 3; about one answer in 25 is skipped. */
export function demoAnswer(random: () => number, topBoxShare: number): number | null {
  if (random() < 0.04) return null;
  return random() < topBoxShare ? 4 + Math.floor(random() * 2) : 1 + Math.floor(random() * 3);
}
