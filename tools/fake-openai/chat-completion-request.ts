/**
 * The request side of POST /v1/chat/completions: its types and the validation the real API
 * performs before a model ever sees the request. A request our code builds wrongly must fail
 * the test that sent it here, with the same 4xx the SDK would get from OpenAI.
 */
import { apiError, invalidRequest, invalidType, invalidValue, missingParameter, type ApiError } from './openai-errors.ts';
import { checkStrictSchema, type StrictKeywordPolicy } from './strict-schema-check.ts';

export type JsonSchema = Record<string, unknown>;

export type ChatRole = 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'function';

/** A content part as sent; only `text` parts carry text the fake reads. */
export type ContentPart = { type: string; text?: string } & Record<string, unknown>;

export type ChatMessage = {
  role: ChatRole;
  content?: string | ContentPart[] | null;
  name?: string;
} & Record<string, unknown>;

export type JsonSchemaFormat = {
  name: string;
  schema?: JsonSchema;
  strict?: boolean | null;
  description?: string;
};

export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; json_schema: JsonSchemaFormat };

export type ChatCompletionRequest = {
  model: string;
  messages: ChatMessage[];
  response_format?: ResponseFormat;
  temperature?: number | null;
  top_p?: number | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  seed?: number | null;
  n?: number | null;
  stream?: boolean | null;
} & Record<string, unknown>;

export type RequestValidationOptions = {
  models: readonly string[];
  strictKeywords: StrictKeywordPolicy;
};

export type RequestValidation = { ok: true; request: ChatCompletionRequest } | { ok: false; error: ApiError };

/**
 * Top-level parameters of ChatCompletionCreateParams (openai SDK). The real API answers
 * "Unrecognized request argument supplied" for anything else, which catches typos such as
 * `responseFormat` that the SDK's types would not catch in untyped code.
 */
const KNOWN_PARAMETERS = new Set([
  'messages', 'model', 'audio', 'frequency_penalty', 'function_call', 'functions', 'logit_bias', 'logprobs',
  'max_completion_tokens', 'max_tokens', 'metadata', 'modalities', 'n', 'parallel_tool_calls', 'prediction',
  'presence_penalty', 'prompt_cache_key', 'prompt_cache_retention', 'reasoning_effort', 'response_format',
  'safety_identifier', 'seed', 'service_tier', 'stop', 'store', 'stream', 'stream_options', 'temperature',
  'tool_choice', 'tools', 'top_logprobs', 'top_p', 'user', 'verbosity', 'web_search_options',
]);

const ROLES: readonly ChatRole[] = ['system', 'developer', 'user', 'assistant', 'tool', 'function'];
const SCHEMA_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function validateChatCompletionRequest(body: unknown, options: RequestValidationOptions): RequestValidation {
  const error = findRequestError(body, options);
  return error ? { ok: false, error } : { ok: true, request: body as ChatCompletionRequest };
}

function findRequestError(body: unknown, options: RequestValidationOptions): ApiError | undefined {
  if (!isRecord(body)) return invalidRequest('The request body must be a JSON object.', null);
  for (const key of Object.keys(body)) {
    if (!KNOWN_PARAMETERS.has(key)) return invalidRequest(`Unrecognized request argument supplied: ${key}`, null);
  }
  if (body.model === undefined) return missingParameter('model');
  if (typeof body.model !== 'string') return invalidType('model', 'a string', body.model);
  if (body.messages === undefined) return missingParameter('messages');
  return (
    checkMessages(body.messages) ??
    checkScalars(body) ??
    checkModel(body.model, options.models) ??
    checkResponseFormat(body.response_format, body.messages as ChatMessage[], options.strictKeywords)
  );
}

function checkModel(model: string, models: readonly string[]): ApiError | undefined {
  if (models.includes(model)) return undefined;
  return apiError(404, `The model \`${model}\` does not exist or you do not have access to it.`, {
    code: 'model_not_found',
  });
}

function checkMessages(messages: unknown): ApiError | undefined {
  if (!Array.isArray(messages)) return invalidType('messages', 'an array', messages);
  if (messages.length === 0) {
    return invalidRequest(
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      'messages',
      'empty_array',
    );
  }
  for (const [index, message] of messages.entries()) {
    const error = checkMessage(message, `messages[${index}]`);
    if (error) return error;
  }
  return undefined;
}

function checkMessage(message: unknown, param: string): ApiError | undefined {
  if (!isRecord(message)) return invalidType(param, 'an object', message);
  if (message.role === undefined) return missingParameter(`${param}.role`);
  if (!ROLES.includes(message.role as ChatRole)) {
    return invalidRequest(
      `Invalid value: '${String(message.role)}'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.`,
      `${param}.role`,
      'invalid_value',
    );
  }
  const content = message.content;
  // Only assistant messages may omit content (when they carry tool calls instead).
  if (content === undefined || content === null) {
    return message.role === 'assistant' ? undefined : missingParameter(`${param}.content`);
  }
  if (typeof content === 'string') return undefined;
  if (!Array.isArray(content)) return invalidType(`${param}.content`, 'one of a string or an array', content);
  for (const [index, part] of content.entries()) {
    const partParam = `${param}.content[${index}]`;
    if (!isRecord(part)) return invalidType(partParam, 'an object', part);
    if (typeof part.type !== 'string') return missingParameter(`${partParam}.type`);
    if (part.type === 'text' && typeof part.text !== 'string') return invalidType(`${partParam}.text`, 'a string', part.text);
  }
  return undefined;
}

function checkScalars(body: Record<string, unknown>): ApiError | undefined {
  if (body.stream === true) {
    return invalidRequest('This fake OpenAI server does not implement streaming; send stream: false or omit it.', 'stream', 'unsupported_value');
  }
  return (
    checkNumber(body, 'temperature', 0, 2) ??
    checkNumber(body, 'top_p', 0, 1) ??
    checkNumber(body, 'presence_penalty', -2, 2) ??
    checkNumber(body, 'frequency_penalty', -2, 2) ??
    checkInteger(body, 'max_tokens', 1) ??
    checkInteger(body, 'max_completion_tokens', 1) ??
    checkInteger(body, 'seed', Number.MIN_SAFE_INTEGER) ??
    checkInteger(body, 'n', 1) ??
    checkN(body.n) ??
    checkStop(body.stop) ??
    checkOptionalType(body, 'user', 'string', 'a string') ??
    checkOptionalType(body, 'store', 'boolean', 'a boolean') ??
    checkOptionalType(body, 'logprobs', 'boolean', 'a boolean') ??
    (body.metadata !== undefined && body.metadata !== null && !isRecord(body.metadata)
      ? invalidType('metadata', 'an object', body.metadata)
      : undefined)
  );
}

function checkNumber(body: Record<string, unknown>, param: string, min: number, max: number): ApiError | undefined {
  const value = body[param];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return invalidType(param, 'a decimal', value);
  if (value < min) return invalidValue(param, `${value} is less than the minimum of ${min}.`);
  if (value > max) return invalidValue(param, `${value} is greater than the maximum of ${max}.`);
  return undefined;
}

function checkInteger(body: Record<string, unknown>, param: string, min: number): ApiError | undefined {
  const value = body[param];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) return invalidType(param, 'an integer', value);
  if (value < min) return invalidValue(param, `${value} is less than the minimum of ${min}.`);
  return undefined;
}

function checkN(n: unknown): ApiError | undefined {
  // The real API allows n > 1; the fake answers one choice, so it refuses rather than lie.
  if (n === undefined || n === null || n === 1) return undefined;
  return invalidRequest('This fake OpenAI server only answers n: 1.', 'n', 'unsupported_value');
}

function checkStop(stop: unknown): ApiError | undefined {
  if (stop === undefined || stop === null || typeof stop === 'string') return undefined;
  if (Array.isArray(stop) && stop.length <= 4 && stop.every((item) => typeof item === 'string')) return undefined;
  return invalidType('stop', 'a string or an array of at most 4 strings', stop);
}

function checkOptionalType(body: Record<string, unknown>, param: string, type: 'string' | 'boolean', expected: string): ApiError | undefined {
  const value = body[param];
  if (value === undefined || value === null || typeof value === type) return undefined;
  return invalidType(param, expected, value);
}

function checkResponseFormat(format: unknown, messages: ChatMessage[], strictKeywords: StrictKeywordPolicy): ApiError | undefined {
  if (format === undefined || format === null) return undefined;
  if (!isRecord(format)) return invalidType('response_format', 'an object', format);
  switch (format.type) {
    case 'text':
      return undefined;
    case 'json_object':
      // The real API insists the prompt mentions JSON, or the model may emit whitespace forever.
      return messages.some((message) => /json/i.test(messageText(message)))
        ? undefined
        : invalidRequest(
            "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
            'messages',
          );
    case 'json_schema':
      return checkJsonSchemaFormat(format.json_schema, strictKeywords);
    case undefined:
      return missingParameter('response_format.type');
    default:
      return invalidRequest(
        `Invalid value: '${String(format.type)}'. Supported values are: 'text', 'json_object', and 'json_schema'.`,
        'response_format.type',
        'invalid_value',
      );
  }
}

function checkJsonSchemaFormat(jsonSchema: unknown, strictKeywords: StrictKeywordPolicy): ApiError | undefined {
  if (jsonSchema === undefined) return missingParameter('response_format.json_schema');
  if (!isRecord(jsonSchema)) return invalidType('response_format.json_schema', 'an object', jsonSchema);
  const { name, schema, strict } = jsonSchema;
  if (name === undefined) return missingParameter('response_format.json_schema.name');
  if (typeof name !== 'string' || !SCHEMA_NAME.test(name)) {
    return invalidRequest(
      `Invalid 'response_format.json_schema.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$' of at most 64 characters.`,
      'response_format.json_schema.name',
      'invalid_value',
    );
  }
  if (strict !== undefined && strict !== null && typeof strict !== 'boolean') {
    return invalidType('response_format.json_schema.strict', 'a boolean', strict);
  }
  if (schema !== undefined && !isRecord(schema)) return invalidType('response_format.json_schema.schema', 'an object', schema);
  if (strict !== true) return undefined;
  if (schema === undefined) return missingParameter('response_format.json_schema.schema');
  const problem = checkStrictSchema(schema, { keywords: strictKeywords });
  return problem
    ? invalidRequest(`Invalid schema for response_format '${name}': ${problem}`, 'response_format', 'invalid_json_schema')
    : undefined;
}

/** The text of a message: its string content, or its text parts joined by newlines. */
export function messageText(message: ChatMessage): string {
  const { content } = message;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part) => (typeof part.text === 'string' ? part.text : ''))
    .filter((text) => text.length > 0)
    .join('\n');
}

/** The text of the last user message: where prompts put the document the model works on. */
export function lastUserText(request: ChatCompletionRequest): string {
  const user = request.messages.findLast((message) => message.role === 'user');
  return user ? messageText(user) : '';
}

/** The json_schema the request asks the answer to satisfy, if any. */
export function requestedSchema(request: ChatCompletionRequest): JsonSchemaFormat | undefined {
  const format = request.response_format;
  return format?.type === 'json_schema' ? format.json_schema : undefined;
}
