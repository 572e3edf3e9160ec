/**
 * A local OpenAI-compatible server (node:http only) for integration tests, benchmarks and
 * demos. It answers GET /v1/models and non-streaming POST /v1/chat/completions, validates
 * requests as the real API does, and answers from, in order: the scripted behaviours, the
 * fixtures, the responder. See README.md beside this file.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { planBehaviour, errorPlan, standardHeaders, type Behaviour, type NormalContent, type ResponsePlan } from './behaviours.ts';
import { requestedSchema, validateChatCompletionRequest, type ChatCompletionRequest } from './chat-completion-request.ts';
import { findFixture, loadFixtures, type Fixture } from './fixture-store.ts';
import { apiError, type ApiError } from './openai-errors.ts';
import { createQuoteResponder } from './quote-responder.ts';
import { emptyStats, finishRecord, headerRecord, snapshotStats, type FakeOpenAIStats, type RecordedRequest } from './request-log.ts';
import { responderContext, schemaResponder, type Responder } from './responders.ts';
import { validateAgainstSchema } from './schema-validate.ts';
import { checkAuth, modelObject, parseBody, readBody } from './server-support.ts';
import type { StrictKeywordPolicy } from './strict-schema-check.ts';

/** Decides a request's behaviour; return undefined to fall through to fixtures and the responder. */
export type ScriptFunction = (request: ChatCompletionRequest, index: number) => Behaviour | undefined;

export type FakeOpenAIOptions = {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback only: the fake never listens on a network interface. Default 127.0.0.1. */
  host?: '127.0.0.1' | '::1' | 'localhost';
  /** Model ids that exist; any other gets 404 model_not_found. */
  models?: readonly string[];
  /** Accepted API keys; default: any non-empty Bearer token. */
  apiKeys?: readonly string[];
  /** Delay before every chat completion answer (after validation), in ms. Default 0. */
  latencyMs?: number;
  /** Content of ordinary answers: 'schema' (default), 'quotes', or your own function. */
  responder?: 'schema' | 'quotes' | Responder;
  /** A directory of *.json fixtures or an in-memory list; consulted before the responder. */
  fixtures?: string | readonly Fixture[];
  /** Initial script; see FakeOpenAIServer.script. */
  script?: readonly Behaviour[] | ScriptFunction;
  /** How strictly response_format schemas are checked; see strict-schema-check.ts. Default 'documented'. */
  strictSchemaKeywords?: StrictKeywordPolicy;
  /** Receives one line per answered request (the CLI prints them). */
  log?: (line: string) => void;
};

export type FakeOpenAIServer = {
  /** Base URL for the SDK's baseURL option, e.g. http://127.0.0.1:43210/v1. */
  url: string;
  port: number;
  /** Every request received so far, oldest first (a live array). */
  readonly requests: readonly RecordedRequest[];
  /** Only the chat completion requests that passed validation. */
  readonly chatRequests: readonly RecordedRequest[];
  /** A snapshot of the counters. */
  readonly stats: FakeOpenAIStats;
  /**
   * Replaces the script. An array is consumed one behaviour per valid chat completion
   * (requests refused by validation consume nothing); once it is empty, or when given a
   * function returning undefined, answers come from fixtures and the responder.
   */
  script(behaviours: readonly Behaviour[] | ScriptFunction): void;
  /** Behaviours of the scripted array not consumed yet. */
  readonly pendingScript: number;
  /** Clears the script, the recorded requests and the counters. */
  reset(): void;
  /** Stops listening, cancels pending delays and closes every connection, keep-alive ones too. */
  close(): Promise<void>;
};

export const DEFAULT_MODELS: readonly string[] = ['gpt-4o-mini', 'gpt-4o', 'fake-extractor'];

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAIServer> {
  const models = options.models ?? DEFAULT_MODELS;
  const fixtures = options.fixtures ? await loadFixtures(options.fixtures) : [];
  const responder = resolveResponder(options.responder);
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let records: RecordedRequest[] = [];
  let stats = emptyStats();
  let queue: Behaviour[] = [];
  let scriptFunction: ScriptFunction | undefined;
  let completionCount = 0;
  let closing: Promise<void> | undefined;

  const setScript = (script: readonly Behaviour[] | ScriptFunction): void => {
    queue = typeof script === 'function' ? [] : [...script];
    scriptFunction = typeof script === 'function' ? script : undefined;
  };
  if (options.script) setScript(options.script);

  const delay = (ms: number, response: ServerResponse): Promise<boolean> =>
    new Promise((resolve) => {
      if (ms <= 0) return resolve(!response.destroyed);
      const timer = setTimeout(() => {
        timers.delete(timer);
        response.off('close', onClose);
        resolve(!response.destroyed);
      }, ms);
      // A client that gave up (timeout) closes the socket: stop waiting for nothing.
      const onClose = () => {
        clearTimeout(timer);
        timers.delete(timer);
        resolve(false);
      };
      timers.add(timer);
      response.once('close', onClose);
    });

  const normalContent = async (request: ChatCompletionRequest, fixture: Fixture | undefined, index: number): Promise<NormalContent> => {
    const source = fixture ? `fixture ${fixture.source ?? ''}` : 'responder';
    let content: unknown;
    try {
      content = fixture ? fixture.content : await responder(request, responderContext(request, index));
    } catch (error) {
      return { ok: false, error: misconfigured(`the ${source} threw: ${(error as Error).message}`) };
    }
    const problem = schemaProblem(request, content);
    return problem ? { ok: false, error: misconfigured(`the ${source} produced content that ${problem}`) } : { ok: true, content };
  };

  const chooseBehaviour = (request: ChatCompletionRequest, index: number, fixture: Fixture | undefined): Behaviour => {
    const scripted = queue.shift() ?? scriptFunction?.(request, index);
    if (scripted) return scripted;
    return fixture?.behaviour ?? { kind: 'default' };
  };

  const answerChat = async (record: RecordedRequest, request: ChatCompletionRequest, response: ServerResponse): Promise<void> => {
    const index = completionCount++;
    const fixture = findFixture(fixtures, request);
    const behaviour = chooseBehaviour(request, index, fixture);
    const plan = await planBehaviour(behaviour, {
      request,
      completionId: `chatcmpl-fake${String(index + 1).padStart(8, '0')}`,
      normalContent: () => normalContent(request, fixture, index),
      // A string is the escape hatch for deliberately odd content; objects must fit the schema.
      checkAnswer: (content) => {
        const problem = typeof content === 'string' ? undefined : schemaProblem(request, content);
        return problem ? misconfigured(`the scripted answer ${problem}`) : undefined;
      },
    });
    record.behaviour = plan.kinds;
    if (!(await delay((options.latencyMs ?? 0) + plan.delayMs, response))) return finishRecord(stats, record, 'aborted');
    send(record, response, plan.response);
  };

  const send = (record: RecordedRequest, response: ServerResponse, plan: ResponsePlan): void => {
    if (plan.action === 'hangUp') {
      response.socket?.destroy();
      return finishRecord(stats, record, 'hungUp');
    }
    const text = plan.action === 'json' ? JSON.stringify(plan.body) : plan.text;
    const contentType = plan.action === 'json' ? 'application/json' : 'text/plain; charset=utf-8';
    response.writeHead(plan.status, { 'content-type': contentType, ...plan.headers, 'content-length': Buffer.byteLength(text) });
    response.end(text);
    finishRecord(stats, record, 'answered', plan.status);
    options.log?.(`${record.method} ${record.path} ${plan.status} [${record.behaviour.join('>')}] ${record.chat?.model ?? ''}`.trimEnd());
  };

  const handle = async (incoming: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = (incoming.url ?? '/').split('?')[0] ?? '/';
    const method = incoming.method ?? 'GET';
    const isChat = method === 'POST' && path === '/v1/chat/completions';
    stats.requests += 1;
    if (isChat) {
      stats.chatCompletions += 1;
      stats.inFlight += 1;
      stats.maxConcurrency = Math.max(stats.maxConcurrency, stats.inFlight);
      response.once('close', () => (stats.inFlight -= 1));
    }
    const headers = headerRecord(incoming.headers);
    const record: RecordedRequest = {
      seq: stats.requests,
      method,
      path,
      headers,
      body: undefined,
      receivedAt: Date.now(),
      retryCount: Number(headers['x-stainless-retry-count'] ?? 0) || 0,
      concurrency: isChat ? stats.inFlight : 0,
      behaviour: [],
      outcome: 'pending',
    };
    records.push(record);
    const raw = await readBody(incoming);
    record.body = parseBody(raw);

    const refuse = (error: ApiError) => {
      record.behaviour = ['invalid'];
      send(record, response, errorPlan(error, standardHeaders('chatcmpl-refused')));
    };
    const authError = checkAuth(headers.authorization, options.apiKeys);
    if (authError) return refuse(authError);

    if (method === 'GET' && path === '/v1/models') return sendJson(record, response, { object: 'list', data: models.map(modelObject) });
    const modelMatch = /^\/v1\/models\/([^/]+)$/.exec(path);
    if (method === 'GET' && modelMatch) {
      const id = decodeURIComponent(modelMatch[1] ?? '');
      return models.includes(id)
        ? sendJson(record, response, modelObject(id))
        : refuse(apiError(404, `The model '${id}' does not exist`, { param: 'model', code: 'model_not_found' }));
    }
    if (!isChat) return refuse(apiError(404, `Invalid URL (${method} ${path})`));

    if (raw.length > 0 && record.body === raw) {
      return refuse(
        apiError(400, "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)"),
      );
    }
    const validation = validateChatCompletionRequest(record.body, {
      models,
      strictKeywords: options.strictSchemaKeywords ?? 'documented',
    });
    if (!validation.ok) return refuse(validation.error);
    record.chat = validation.request;
    await answerChat(record, validation.request, response);
  };

  const sendJson = (record: RecordedRequest, response: ServerResponse, body: unknown) =>
    send(record, response, { action: 'json', status: 200, headers: {}, body });

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      // A bug in the fake itself: answer 500 (not retried) so the test fails loudly, not by timeout.
      if (!response.headersSent && !response.destroyed) {
        const body = JSON.stringify(apiError(500, `fake-openai internal error: ${(error as Error).message}`, { type: 'server_error' }).body);
        response.writeHead(500, { 'content-type': 'application/json', 'x-should-retry': 'false' }).end(body);
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host === '::1' ? '[::1]' : host;

  return {
    url: `http://${urlHost}:${port}/v1`,
    port,
    get requests() {
      return records;
    },
    get chatRequests() {
      return records.filter((record) => record.chat !== undefined);
    },
    get stats() {
      return snapshotStats(stats);
    },
    get pendingScript() {
      return queue.length;
    },
    script: setScript,
    reset() {
      setScript([]);
      records = [];
      stats = { ...emptyStats(), inFlight: stats.inFlight };
      completionCount = 0;
    },
    close() {
      // Idempotent, so a test may close early and an afterEach hook close again.
      closing ??= new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

function resolveResponder(responder: FakeOpenAIOptions['responder']): Responder {
  if (typeof responder === 'function') return responder;
  return responder === 'quotes' ? createQuoteResponder() : schemaResponder;
}

/** Why content breaks the request's strict schema, or undefined when it fits (or nothing is enforced). */
function schemaProblem(request: ChatCompletionRequest, content: unknown): string | undefined {
  const format = requestedSchema(request);
  if (!format?.strict || !format.schema) return undefined;
  let value = content;
  if (typeof content === 'string') {
    try {
      value = JSON.parse(content);
    } catch {
      return 'is not valid JSON';
    }
  }
  const problems = validateAgainstSchema(value, format.schema);
  return problems.length > 0 ? `does not satisfy the schema '${format.name}': ${problems.slice(0, 3).join('; ')}` : undefined;
}

/**
 * The fake was set up wrongly (e.g. a fixture that breaks the schema): OpenAI could never send
 * this, so answer a 500 the SDK will not retry, with a message saying what to fix.
 */
function misconfigured(message: string): ApiError {
  return apiError(500, `fake-openai misconfiguration: ${message}`, { type: 'server_error', headers: { 'x-should-retry': 'false' } });
}
