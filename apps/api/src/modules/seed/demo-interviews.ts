import type { TranscriptFormat } from '@outcome-atlas/contracts';

type DemoInterview = {
  title: string;
  format: Exclude<TranscriptFormat, 'docx'>;
  pseudonym: string;
  persona: 'Accounts payable clerk' | 'Finance controller';
  attributes: Record<string, string>;
  interviewDate: string;
  content: string;
  /** Passages to highlight in the demo, with their tags. */
  highlights: { quote: string; tags: string[]; note: string }[];
};

export const DEMO_INTERVIEWS: DemoInterview[] = [
  {
    title: 'Priya, accounts payable (plain text)',
    format: 'txt',
    pseudonym: 'Priya',
    persona: 'Accounts payable clerk',
    attributes: { role: 'AP clerk', 'company size': '200-500' },
    interviewDate: '2026-10-06',
    content: `Interviewer: Walk me through the last time you closed the month.
Priya: The worst part is matching invoices to purchase orders. It takes me most of two days because the PO numbers are often missing.
Interviewer: What do you do when the number is missing?
Priya: I search my inbox for the order confirmation and then I email the buyer. Sometimes I wait a week for an answer.
Priya: I keep a spreadsheet of the open ones so I don't forget them, but I still worry that we pay something twice.
Interviewer: How would you know if that happened?
Priya: Usually the supplier tells us, months later. That is embarrassing.`,
    highlights: [
      { quote: 'It takes me most of two days because the PO numbers are often missing.', tags: ['time cost', 'missing data'], note: 'Core pain: matching effort' },
      { quote: 'I still worry that we pay something twice.', tags: ['risk'], note: '' },
    ],
  },
  {
    title: 'Marco, finance controller (WebVTT)',
    format: 'vtt',
    pseudonym: 'Marco',
    persona: 'Finance controller',
    attributes: { role: 'Controller', 'company size': '1000+' },
    interviewDate: '2026-10-09',
    content: `WEBVTT

00:00:01.000 --> 00:00:05.500
<v Interviewer>What slows down the close for your team?

00:00:06.000 --> 00:00:14.000
<v Marco>Honestly, the accruals. We never know which deliveries arrived but were not invoiced yet.

00:00:14.500 --> 00:00:21.000
<v Marco>So we estimate, and then half the estimates are wrong the next month.

00:00:22.000 --> 00:00:27.000
<v Interviewer>How do you find out that an estimate was wrong?

00:00:27.500 --> 00:00:36.000
<v Marco>When the real invoice comes in. Then someone has to reverse the entry by hand, and auditors ask why.`,
    highlights: [
      { quote: 'We never know which deliveries arrived but were not invoiced yet.', tags: ['missing data'], note: 'Accrual uncertainty' },
      { quote: 'someone has to reverse the entry by hand, and auditors ask why', tags: ['workaround', 'risk'], note: '' },
    ],
  },
  {
    title: 'Lena, accounts payable (Markdown notes)',
    format: 'md',
    pseudonym: 'Lena',
    persona: 'Accounts payable clerk',
    attributes: { role: 'AP lead', 'company size': '50-200' },
    interviewDate: '2026-10-14',
    content: `# Interview notes: Lena

**Interviewer:** What happens when a supplier sends a corrected invoice?

**Lena:** We have to find the original first, cancel it and book the new one. If the original was already paid, it becomes a credit note hunt.

**Lena:** It would help to see at a glance which invoices are still waiting for approval, because approvers go on holiday and nobody notices.

**Interviewer:** How often does that happen?

**Lena:** Every month-end. I chase approvals by phone on the last two days.`,
    highlights: [
      { quote: 'approvers go on holiday and nobody notices', tags: ['approval delays'], note: '' },
      { quote: 'I chase approvals by phone on the last two days.', tags: ['workaround', 'time cost'], note: '' },
    ],
  },
];
