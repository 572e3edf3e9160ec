/**
 * The fake driven by the REAL openai SDK over HTTP: each behaviour must make the SDK react as
 * it does against OpenAI (same error classes, same retries, same parse() outcomes).
 */
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
} from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/core/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeOpenAI, type FakeOpenAIServer } from './fake-openai-server.ts';

const Outcomes = z.object({
  outcomes: z.array(
    z.object({
      statement: z.string(),
      direction: z.enum(['minimize', 'increase']),
      quote: z.string(),
      confidence: z.number().min(0).max(1),
      note: z.string().nullable(),
    }),
  ),
});

const TRANSCRIPT = [
  'Interviewer: How do you prepare the weekly report today?',
  'Participant: I copy numbers from three spreadsheets into one slide deck.',
  'It takes me most of Monday morning and I often miss a column.',
  'Participant: What I really want is to know the numbers are right before the meeting starts.',
].join('\n');

const messages = (transcript = TRANSCRIPT): OpenAI.ChatCompletionMessageParam[] => [
  { role: 'system', content: 'Extract desired outcomes. The transcript is between <transcript> tags; quote it verbatim.' },
  { role: 'user', content: `<transcript>\n${transcript}\n</transcript>` },
];

const format = zodResponseFormat(Outcomes, 'outcomes');

let server: FakeOpenAIServer;
const client = (options: Partial<ConstructorParameters<typeof OpenAI>[0]> = {}) =>
  new OpenAI({ apiKey: 'test', baseURL: server.url, maxRetries: 0, timeout: 5_000, ...options });
const extract = (openai = client(), extra: Omit<Partial<OpenAI.ChatCompletionCreateParamsNonStreaming>, 'response_format'> = {}) =>
  openai.chat.completions.parse({ model: 'gpt-4o-mini', messages: messages(), ...extra, response_format: format });

afterEach(async () => {
  await server?.close();
});

describe('happy path', () => {
  beforeEach(async () => {
    server = await startFakeOpenAI();
  });

  it('answers a schema-valid completion that parse() turns into typed data', async () => {
    const completion = await extract();
    const choice = completion.choices[0]!;
    expect(choice.finish_reason).toBe('stop');
    expect(choice.message.refusal).toBeNull();
    expect(Outcomes.parse(choice.message.parsed)).toEqual(choice.message.parsed);
    expect(choice.message.parsed!.outcomes.length).toBeGreaterThan(0);
    expect(completion).toMatchObject({ object: 'chat.completion', model: 'gpt-4o-mini' });
    expect(completion.id).toMatch(/^chatcmpl-/);
    const usage = completion.usage!;
    expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
    expect(usage.completion_tokens).toBe(Math.ceil(choice.message.content!.length / 4));
  });

  it('records the request: body, headers, model and the delimited transcript', async () => {
    await extract();
    const [record] = server.chatRequests;
    expect(record!.headers.authorization).toBe('Bearer test');
    expect(record!.retryCount).toBe(0);
    expect(record!.chat!.model).toBe('gpt-4o-mini');
    expect(record!.chat!.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'outcomes', strict: true } });
    expect(record!.chat!.messages.at(-1)!.content).toMatch(/^<transcript>[\s\S]*<\/transcript>$/);
    expect(server.stats).toMatchObject({ requests: 1, chatCompletions: 1, maxConcurrency: 1, byStatus: { 200: 1 } });
  });

  it('lists the configured models through client.models.list()', async () => {
    const ids: string[] = [];
    for await (const model of client().models.list()) ids.push(model.id);
    expect(ids).toEqual(['gpt-4o-mini', 'gpt-4o', 'fake-extractor']);
    await expect(client().models.retrieve('fake-extractor')).resolves.toMatchObject({ id: 'fake-extractor', object: 'model' });
    await expect(client().models.retrieve('nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('measures how many completions ran at once', async () => {
    await server.close();
    server = await startFakeOpenAI({ latencyMs: 150 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 4 }, () => extract()));
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(server.stats.maxConcurrency).toBe(4);
    expect(server.chatRequests.map((record) => record.concurrency).sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('content sources', () => {
  it('quotes real sentences from the delimited transcript with the quotes responder', async () => {
    server = await startFakeOpenAI({ responder: 'quotes' });
    const { outcomes } = (await extract()).choices[0]!.message.parsed!;
    expect(outcomes).toHaveLength(3);
    for (const outcome of outcomes) expect(TRANSCRIPT).toContain(outcome.quote);
    expect(outcomes[0]!.quote).toBe('I copy numbers from three spreadsheets into one slide deck.');
    // Interviewer questions are not evidence of what the participant wants.
    expect(outcomes.map((outcome) => outcome.quote).join(' ')).not.toContain('How do you prepare');
  });

  it('uses a custom responder that receives the parsed request', async () => {
    server = await startFakeOpenAI({
      responder: (request, context) => ({
        outcomes: [{ statement: `for ${request.model}`, direction: 'minimize', quote: context.lastUserText.slice(13, 30), confidence: 0.9, note: null }],
      }),
    });
    const parsed = (await extract()).choices[0]!.message.parsed!;
    expect(parsed.outcomes[0]).toMatchObject({ statement: 'for gpt-4o-mini', quote: 'Interviewer: How ' });
  });

  it('answers the first matching fixture, else the responder', async () => {
    const fixture = { outcomes: [{ statement: 'Minimize the time to compile the report', direction: 'minimize', quote: 'x', confidence: 1, note: 'fixture' }] };
    server = await startFakeOpenAI({ fixtures: [{ match: 'weekly report', content: fixture }, { match: 'never', behaviour: { kind: 'refusal' } }] });
    expect((await extract()).choices[0]!.message.parsed).toEqual(fixture);
    const other = await client().chat.completions.parse({ model: 'gpt-4o-mini', messages: messages('Participant: nothing to see here at all.'), response_format: format });
    expect(other.choices[0]!.message.parsed!.outcomes[0]!.note).not.toBe('fixture');
  });

  it('refuses, with a 500 the SDK does not retry, a fixture that breaks the schema', async () => {
    server = await startFakeOpenAI({ fixtures: [{ content: { outcomes: [{ statement: 'no quote' }] } }] });
    const error = await extract(client({ maxRetries: 2 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).message).toMatch(/fake-openai misconfiguration: the fixture .* missing required property 'direction'/);
    expect(server.requests).toHaveLength(1);
  });
});

describe('scripted behaviours', () => {
  beforeEach(async () => {
    server = await startFakeOpenAI();
  });

  it('answers scripted content verbatim', async () => {
    const content = { outcomes: [{ statement: 'Minimize rework', direction: 'minimize', quote: 'q', confidence: 0.5, note: null }] };
    server.script([{ kind: 'answer', content }]);
    expect((await extract()).choices[0]!.message.parsed).toEqual(content);
    expect(server.pendingScript).toBe(0);
  });

  it('refuses a scripted answer object that breaks the strict schema, even behind slow', async () => {
    server.script([{ kind: 'slow', delayMs: 1, then: { kind: 'answer', content: { outcomes: 'many' } } }]);
    await expect(extract()).rejects.toThrow(/the scripted answer does not satisfy the schema 'outcomes': \/outcomes: expected "array", got string/);
  });

  it('429 then success: the SDK retries after the Retry-After the server sent', async () => {
    server.script([{ kind: 'rateLimit', retryAfterSeconds: 1 }, { kind: 'default' }]);
    const started = Date.now();
    const completion = await extract(client({ maxRetries: 2 }));
    const elapsed = Date.now() - started;
    expect(completion.choices[0]!.message.parsed).not.toBeNull();
    // The SDK's own first backoff is at most 500 ms: waiting a second proves it honoured the header.
    expect(elapsed).toBeGreaterThanOrEqual(990);
    const [first, second] = server.chatRequests;
    expect([first!.status, second!.status]).toEqual([429, 200]);
    expect([first!.retryCount, second!.retryCount]).toEqual([0, 1]);
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(990);
  });

  it('prefers retry-after-ms, as the SDK does', async () => {
    server.script([{ kind: 'rateLimit', retryAfterMs: 50 }, { kind: 'rateLimit', retryAfterMs: 50 }]);
    const started = Date.now();
    await extract(client({ maxRetries: 2 }));
    expect(Date.now() - started).toBeLessThan(500);
    expect(server.chatRequests.map((record) => record.status)).toEqual([429, 429, 200]);
  });

  it('surfaces a 429 as RateLimitError with OpenAI headers and body when retries run out', async () => {
    server.script([{ kind: 'rateLimit', retryAfterSeconds: 20, limit: 'tokens' }]);
    const error = (await extract().catch((caught: unknown) => caught)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.status).toBe(429);
    expect(error.code).toBe('rate_limit_exceeded');
    expect(error.type).toBe('tokens');
    expect(error.headers.get('retry-after')).toBe('20');
    expect(error.headers.get('x-ratelimit-remaining-requests')).toBe('0');
  });

  it('retries 500 and 503, and reports 502 (an HTML page) as InternalServerError', async () => {
    server.script([{ kind: 'serverError' }, { kind: 'serverError', status: 503 }, { kind: 'default' }]);
    await expect(extract(client({ maxRetries: 2 }))).resolves.toBeDefined();
    expect(server.chatRequests.map((record) => record.status)).toEqual([500, 503, 200]);
    server.script([{ kind: 'serverError', status: 502 }]);
    const error = (await extract().catch((caught: unknown) => caught)) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
  });

  it('slow: a client timeout becomes APIConnectionTimeoutError, and close() does not wait for the delay', async () => {
    server.script([{ kind: 'slow', delayMs: 5_000 }]);
    await expect(extract(client({ timeout: 100 }))).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    await expect.poll(() => server.chatRequests[0]!.outcome).toBe('aborted');
    const closing = Date.now();
    await server.close();
    expect(Date.now() - closing).toBeLessThan(1_000);
  });

  it('slow then an answer within the timeout succeeds after the delay', async () => {
    server.script([{ kind: 'slow', delayMs: 120 }]);
    const started = Date.now();
    await extract();
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(server.chatRequests[0]!.behaviour).toEqual(['slow', 'default']);
  });

  it('malformed JSON content makes parse() throw', async () => {
    server.script([{ kind: 'malformedJson' }]);
    await expect(extract()).rejects.toBeInstanceOf(SyntaxError);
  });

  it('refusal: message.refusal is set and nothing is parsed', async () => {
    server.script([{ kind: 'refusal', message: 'I cannot help with that.' }]);
    const { message, finish_reason } = (await extract()).choices[0]!;
    expect(finish_reason).toBe('stop');
    expect(message.refusal).toBe('I cannot help with that.');
    expect(message.content).toBeNull();
    expect(message.parsed).toBeNull();
  });

  it("truncated: finish_reason 'length' makes parse() throw LengthFinishReasonError", async () => {
    server.script([{ kind: 'truncated' }]);
    await expect(extract()).rejects.toBeInstanceOf(LengthFinishReasonError);
    const raw = await client().chat.completions.create({ model: 'gpt-4o-mini', messages: messages(), response_format: format, max_completion_tokens: 5 });
    expect(raw.choices[0]!.finish_reason).toBe('length');
    expect(raw.choices[0]!.message.content).toHaveLength(20);
  });

  it('content filter makes parse() throw ContentFilterFinishReasonError', async () => {
    server.script([{ kind: 'contentFilter' }]);
    await expect(extract()).rejects.toBeInstanceOf(ContentFilterFinishReasonError);
  });

  it('invalid schema output is caught by the zod parse (inside parse(), or the caller’s own)', async () => {
    server.script([{ kind: 'invalidSchemaOutput', content: { outcomes: [{ statement: 'half an outcome' }] } }]);
    await expect(extract()).rejects.toBeInstanceOf(z.ZodError);
    server.script([{ kind: 'invalidSchemaOutput' }]);
    const raw = await client().chat.completions.create({ model: 'gpt-4o-mini', messages: messages(), response_format: format });
    expect(Outcomes.safeParse(JSON.parse(raw.choices[0]!.message.content!)).success).toBe(false);
  });

  it('hang-up: APIConnectionError, retried by the SDK', async () => {
    server.script([{ kind: 'hangUp' }]);
    await expect(extract()).rejects.toBeInstanceOf(APIConnectionError);
    server.script([{ kind: 'hangUp' }, { kind: 'default' }]);
    await expect(extract(client({ maxRetries: 1 }))).resolves.toBeDefined();
    expect(server.chatRequests.map((record) => record.outcome)).toEqual(['hungUp', 'hungUp', 'answered']);
  });

  it('a script function decides per request; undefined falls through to the responder', async () => {
    server.script((request, index) => (index === 0 && request.model === 'gpt-4o-mini' ? { kind: 'refusal' } : undefined));
    expect((await extract()).choices[0]!.message.refusal).not.toBeNull();
    expect((await extract()).choices[0]!.message.parsed).not.toBeNull();
  });

  it('reset() clears the script and the record', async () => {
    server.script([{ kind: 'refusal' }]);
    await extract();
    server.reset();
    expect(server.requests).toHaveLength(0);
    expect(server.stats.chatCompletions).toBe(0);
    expect((await extract()).choices[0]!.message.refusal).toBeNull();
  });
});

describe('request validation, as the real API', () => {
  beforeEach(async () => {
    server = await startFakeOpenAI({ apiKeys: ['test'] });
  });

  it('unknown model: NotFoundError model_not_found', async () => {
    const error = (await extract(client(), { model: 'gpt-17' }).catch((caught: unknown) => caught)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe('model_not_found');
  });

  it('missing or wrong API key: AuthenticationError invalid_api_key', async () => {
    const missing = client({ defaultHeaders: { Authorization: null } });
    const error = (await extract(missing).catch((caught: unknown) => caught)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.code).toBe('invalid_api_key');
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
    await expect(extract(client({ apiKey: 'sk-wrong-key-123' }))).rejects.toBeInstanceOf(AuthenticationError);
    await expect(client({ apiKey: 'other' }).models.list()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('a non-strict schema sent with strict: true is a 400 naming the problem', async () => {
    const error = (await client()
      .chat.completions.create({
        model: 'gpt-4o-mini',
        messages: messages(),
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'outcomes',
            strict: true,
            schema: { type: 'object', properties: { outcomes: { type: 'array', items: { type: 'object', properties: { statement: { type: 'string' } } } } }, required: ['outcomes'], additionalProperties: false },
          },
        },
      })
      .catch((caught: unknown) => caught)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.param).toBe('response_format');
    expect(error.message).toContain("In context=('properties', 'outcomes', 'items'), 'additionalProperties' is required to be supplied and to be false.");
    expect(server.chatRequests).toHaveLength(0);
  });

  it('a schema leaving a property out of required is refused', async () => {
    const schema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a'], additionalProperties: false };
    const request = client().chat.completions.create({
      model: 'gpt-4o-mini',
      messages: messages(),
      response_format: { type: 'json_schema', json_schema: { name: 'bad', strict: true, schema } },
    });
    await expect(request).rejects.toThrow(/'required' is required to be supplied and to be an array including every key in properties. Missing 'b'/);
  });

  it('refuses stream: true, n > 1, unknown parameters and empty messages with BadRequestError', async () => {
    const base = { model: 'gpt-4o-mini', messages: messages() };
    await expect(client().chat.completions.create({ ...base, stream: true })).rejects.toBeInstanceOf(BadRequestError);
    await expect(client().chat.completions.create({ ...base, n: 2 })).rejects.toThrow(/only answers n: 1/);
    await expect(client().chat.completions.create({ ...base, responseFormat: {} } as never)).rejects.toThrow(/Unrecognized request argument supplied: responseFormat/);
    await expect(client().chat.completions.create({ ...base, messages: [] })).rejects.toThrow(/empty array/);
    await expect(client().chat.completions.create({ ...base, temperature: 3 })).rejects.toThrow(/temperature/);
  });

  it('validation failures do not consume the script', async () => {
    server.script([{ kind: 'refusal' }]);
    await expect(extract(client(), { model: 'nope' })).rejects.toBeInstanceOf(NotFoundError);
    expect(server.pendingScript).toBe(1);
    expect(server.requests[0]!.behaviour).toEqual(['invalid']);
  });
});
