import { OpenRedaction } from '@openredaction/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractInterview, useAppWithFakeModel } from './extraction-support.js';

const { ctx, model } = useAppWithFakeModel({ OPENAI_MAX_RETRIES: '0', OPENAI_TIMEOUT_MS: '2000' });

const EMAIL = 'priya.sharma@acme-supplies.com';
const PHONE = '07700 900123';
const URL = 'https://portal.acme-supplies.com/invoices';
const RECONCILE = 'it takes me two full days to reconcile the bank feed with the ledger';
const TRANSCRIPT = [
  'Sam Okafor: Thanks for joining, Priya. How do suppliers get hold of you?',
  `Priya Sharma: Honestly you can reach me at ${EMAIL} any time, or call ${PHONE} if a payment is stuck.`,
  'Sam Okafor: And where do they check their invoices?',
  `Priya Sharma: On ${URL}, but ${RECONCILE}. Sam, you saw Priya's spreadsheet last week.`,
].join('\n');

/** What must never reach the model when the project redacts: the contact details and both people's names. */
const SECRETS: readonly (string | RegExp)[] = [EMAIL, PHONE, URL, 'acme-supplies', /\bpriya\b/i, /\bsharma\b/i, /\bsam\b/i, /\bokafor\b/i];

/** The model quotes the redacted text it was shown, placeholder included, as a real model would. */
const ANSWER = {
  outcomes: [
    { statement: 'Minimize the time it takes for a supplier to reach the payables contact', jobStep: null, quotes: ['you can reach me at [EMAIL] any time'], confidence: 0.7 },
    { statement: 'Minimize the time it takes to reconcile the bank feed with the ledger', jobStep: null, quotes: [RECONCILE], confidence: 0.9 },
  ],
};

async function setup(redactPii: boolean) {
  const user = await ctx.client.register('Researcher');
  const project = await ctx.client.request('POST', `/api/v1/workspaces/${user.workspace.id}/projects`, { token: user.token, body: { name: 'Payables', jobStatement: 'Pay suppliers on time' } });
  const patched = await ctx.client.request('PATCH', `/api/v1/projects/${project.body.id}`, { token: user.token, body: { extraction: { redactPii } } });
  expect(patched.body.extraction.redactPii).toBe(redactPii);
  const interview = await ctx.client.request('POST', `/api/v1/projects/${project.body.id}/interviews`, {
    token: user.token,
    body: { title: 'Supplier payments', format: 'txt', content: TRANSCRIPT, participant: { pseudonym: 'Priya Sharma' }, interviewer: 'Sam Okafor' },
  });
  expect(interview.status, JSON.stringify(interview.body)).toBe(201);
  return { token: user.token, interviewId: interview.body.id as string };
}

const extract = (token: string, interviewId: string) => extractInterview(ctx, token, interviewId);

type Message = { role: string; content: string };
/** Every message of every request the model server received. */
const sentMessages = () => model().chatRequests.flatMap((request) => request.chat!.messages as Message[]);
const sentContents = () => sentMessages().map((message) => message.content);
const sent = (role: string) => sentMessages().filter((message) => message.role === role).map((message) => message.content);

beforeEach(() => {
  model().reset();
  model().script(() => ({ kind: 'answer', content: ANSWER }));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('extraction with PII redaction (real SDK against the local OpenAI-compatible server)', () => {
  it('sends no email, phone, URL or name to the model, and stores the original words as evidence', async () => {
    const { token, interviewId } = await setup(true);
    const job = await extract(token, interviewId);
    expect(job).toMatchObject({ status: 'succeeded', outcomesCreated: 2, ungroundedDropped: 0, error: null });

    const contents = sentContents();
    expect(contents.length).toBeGreaterThan(0);
    for (const content of contents) for (const secret of SECRETS) expect(content).not.toMatch(secret);
    const [user] = sent('user');
    expect(user).toContain('Participant: Honestly you can reach me at [EMAIL] any time, or call [PHONE] if a payment is stuck.');
    expect(user).toContain("Interviewer: Thanks for joining, [NAME]. How do suppliers get hold of you?");
    expect(user).toContain("On [URL], but it takes me two full days");
    expect(sent('system')[0]).toMatch(/placeholders such as \[NAME\]/);

    const outcomes = await ctx.client.request('GET', `/api/v1/interviews/${interviewId}/outcomes`, { token });
    const detail = await ctx.client.request('GET', `/api/v1/interviews/${interviewId}`, { token });
    const quotes = outcomes.body.items.flatMap((outcome: { evidence: { start: number; end: number; quote: string }[] }) => outcome.evidence);
    expect(quotes.map((evidence: { quote: string }) => evidence.quote).sort()).toEqual([`you can reach me at ${EMAIL} any time`, RECONCILE].sort());
    for (const evidence of quotes) expect(detail.body.transcript.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  });

  it('sends the original text when the project does not redact', async () => {
    model().script(() => ({ kind: 'answer', content: { outcomes: [] } }));
    const { token, interviewId } = await setup(false);
    expect(await extract(token, interviewId)).toMatchObject({ status: 'succeeded' });
    const [user] = sent('user');
    expect(user).toContain(`Priya Sharma: Honestly you can reach me at ${EMAIL} any time, or call ${PHONE}`);
    expect(user).toContain(`On ${URL}, but`);
    expect(user).toContain('Sam Okafor: Thanks for joining, Priya.');
    expect(sent('system')[0]).not.toMatch(/placeholder/);
  });

  it('fails the job with REDACTION_FAILED, without calling the model, when the detector breaks', async () => {
    vi.spyOn(OpenRedaction.prototype, 'detect').mockRejectedValue(new Error('pattern engine crashed'));
    const { token, interviewId } = await setup(true);
    const job = await extract(token, interviewId);
    expect(job).toMatchObject({ status: 'failed', error: { code: 'REDACTION_FAILED' } });
    expect(job.error.message).toMatch(/nothing was sent to the model/);
    expect(model().chatRequests).toHaveLength(0);
  });
});
