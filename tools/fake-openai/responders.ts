/**
 * Responders make up the content of an ordinary answer when no scripted behaviour or fixture
 * applies. They see the parsed request and return the content: an object (sent as JSON) or a
 * string (sent verbatim). The server checks the result against a strict json_schema.
 */
import { lastUserText, requestedSchema, type ChatCompletionRequest, type JsonSchema } from './chat-completion-request.ts';
import { sampleFromSchema } from './schema-sample.ts';

export type ResponderContext = {
  /** The json_schema the request asks for, if any. */
  schema: JsonSchema | undefined;
  schemaName: string | undefined;
  format: 'text' | 'json_object' | 'json_schema';
  /** Text of the last user message, where prompts put the document to work on. */
  lastUserText: string;
  /** 0-based count of chat completion requests this server has answered before this one. */
  requestIndex: number;
};

/** Returns the answer content: an object/array/number (JSON-encoded) or a raw string. */
export type Responder = (request: ChatCompletionRequest, context: ResponderContext) => unknown;

export function responderContext(request: ChatCompletionRequest, requestIndex: number): ResponderContext {
  const format = request.response_format?.type ?? 'text';
  const jsonSchema = requestedSchema(request);
  return {
    schema: jsonSchema?.schema,
    schemaName: jsonSchema?.name,
    format,
    lastUserText: lastUserText(request),
    requestIndex,
  };
}

/** The built-in `schema` responder: a deterministic schema-valid sample, `{}` for json_object, a short sentence for text. */
export const schemaResponder: Responder = (_request, context) => {
  if (context.schema) return sampleFromSchema(context.schema);
  if (context.format === 'json_object') return {};
  return `This is a fake answer to: ${context.lastUserText.slice(0, 80)}`;
};
