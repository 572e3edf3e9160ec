/**
 * The demo's evaluation chain: a journey of the accounts payable clerk whose touchpoints carry the demo
 * outcomes and quotes, KPIs with six months of history, and solutions aimed at the top opportunities.
 * One complete path runs quote → outcome → touchpoint → solution → KPI: "The worst part is matching
 * invoices to purchase orders" → O-1 → Three-way match screen → Auto-suggest PO matches (shipped
 * 1 Sep 2026) → "CSAT at the three-way match", which rose after the ship date but still misses its target.
 */

/** Outcomes by their index in DEMO_OUTCOMES; quotes are exact passages of the demo interviews. */
export type DemoTouchpoint = {
  name: string;
  channel: 'web' | 'app' | 'email' | 'phone';
  ownerTeam: string;
  cxLevel: 1 | 2 | 3 | 4 | 5;
  expectation: string;
  description: string;
  outcomes: number[];
  quotes: string[];
};

export const DEMO_JOURNEY = {
  name: 'Invoice to payment',
  persona: 'Accounts payable clerk',
  description: 'From a supplier invoice arriving to the month closing with it paid and reconciled.',
  stages: [
    {
      name: 'Receive invoice',
      touchpoints: [
        {
          name: 'Supplier invoice inbox',
          channel: 'email',
          ownerTeam: 'Accounts payable',
          cxLevel: 1,
          expectation: 'Every invoice lands in one place, with its PO number.',
          description: 'Shared mailbox suppliers send PDF invoices to.',
          outcomes: [2],
          quotes: [],
        },
      ],
    },
    {
      name: 'Match and approve',
      touchpoints: [
        {
          name: 'Three-way match screen',
          channel: 'app',
          ownerTeam: 'Finance systems',
          cxLevel: 3,
          expectation: 'Show me which invoices do not match their order and why.',
          description: 'Matches invoice, purchase order and goods receipt in the ERP.',
          outcomes: [0, 2],
          quotes: ['It takes me most of two days because the PO numbers are often missing.'],
        },
        {
          name: 'Approval reminder email',
          channel: 'email',
          ownerTeam: 'Finance operations',
          cxLevel: 4,
          expectation: 'Tell the approver before the invoice is late, not after.',
          description: 'Automatic reminders to approvers of pending invoices.',
          outcomes: [7, 8],
          quotes: ['approvers go on holiday and nobody notices', 'I chase approvals by phone on the last two days.'],
        },
      ],
    },
    {
      name: 'Pay',
      touchpoints: [
        {
          name: 'Payment run',
          channel: 'app',
          ownerTeam: 'Treasury',
          cxLevel: 2,
          expectation: 'Never pay the same invoice twice.',
          description: 'Weekly payment proposal and release.',
          outcomes: [1, 10],
          quotes: ['I still worry that we pay something twice.'],
        },
      ],
    },
    {
      name: 'Close the month',
      touchpoints: [
        {
          name: 'Close checklist',
          channel: 'web',
          ownerTeam: 'Controlling',
          cxLevel: 3,
          expectation: 'Know which accruals are still open before the deadline.',
          description: 'The shared month-end checklist and accrual workbook.',
          outcomes: [3, 4, 5, 11],
          quotes: ['We never know which deliveries arrived but were not invoiced yet.', 'someone has to reverse the entry by hand, and auditors ask why'],
        },
      ],
    },
  ] satisfies { name: string; touchpoints: DemoTouchpoint[] }[],
};

/** Six monthly periods, June to November 2026. */
export const DEMO_MONTHS = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

/**
 * KPIs with monthly history. `csat` and `nps` keep the answer counts their values were computed from;
 * the others are entered values. Attachments name a touchpoint or the journey.
 */
export const DEMO_KPIS = [
  {
    key: 'matchCsat',
    name: 'CSAT at the three-way match',
    type: 'csat',
    level: 'touchpoint',
    unit: '%',
    scale: 5,
    higherIsBetter: true,
    target: 80,
    attachTo: { touchpoint: 'Three-way match screen' },
    outcomes: [0, 2],
    // Satisfied answers (4–5) out of 120 per month: 51.7% → 70.8%, rising after the September ship date.
    counts: [62, 66, 64, 76, 81, 85].map((satisfied) => ({ satisfied, n: 120 })),
  },
  {
    key: 'nps',
    name: 'Relationship NPS',
    type: 'nps',
    level: 'relationship',
    unit: 'NPS points',
    scale: null,
    higherIsBetter: true,
    target: 30,
    attachTo: null,
    outcomes: [],
    counts: [
      { promoters: 38, passives: 44, detractors: 38 },
      { promoters: 40, passives: 44, detractors: 36 },
      { promoters: 41, passives: 42, detractors: 37 },
      { promoters: 44, passives: 44, detractors: 32 },
      { promoters: 47, passives: 44, detractors: 29 },
      { promoters: 50, passives: 43, detractors: 27 },
    ],
  },
  {
    key: 'ttv',
    name: 'Days to the first approved invoice',
    type: 'ttv',
    level: 'journey',
    unit: 'days',
    scale: null,
    higherIsBetter: false,
    target: 3,
    attachTo: { journey: true },
    outcomes: [7, 8],
    values: [6.5, 6.1, 5.8, 5.9, 5.2, 4.8],
  },
  {
    key: 'approvals',
    name: 'Invoices approved before the close',
    type: 'tcr',
    level: 'journey',
    unit: '%',
    scale: null,
    higherIsBetter: true,
    target: 90,
    attachTo: { touchpoint: 'Approval reminder email' },
    outcomes: [7, 8],
    values: [78, 81, 79, 83, 84, 86],
  },
] as const;

export const DEMO_SOLUTIONS = [
  {
    title: 'Auto-suggest purchase-order matches',
    description: 'Suggest the most likely purchase order for every invoice without a PO number, from supplier, amount and date.',
    hypothesis: 'If we suggest the matching PO for every invoice, then CSAT at the three-way match rises by 15 points.',
    status: 'shipped',
    shipDate: '2026-09-01',
    kpi: 'matchCsat',
    direction: 'increase',
    outcomes: [0, 2],
  },
  {
    title: 'Holiday delegation for approvers',
    description: 'Approvers name a deputy; invoices waiting for an absent approver move to the deputy after one day.',
    hypothesis: 'If absent approvers hand over automatically, then days to the first approved invoice fall by two.',
    status: 'testing',
    shipDate: null,
    kpi: 'ttv',
    direction: 'decrease',
    outcomes: [7, 8],
  },
  {
    title: 'Duplicate payment guard',
    description: 'Block a payment run line that matches an already paid invoice by supplier, amount and invoice number.',
    hypothesis: '',
    status: 'idea',
    shipDate: null,
    kpi: null,
    direction: null,
    outcomes: [1],
  },
] as const;
