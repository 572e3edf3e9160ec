/** The fake OpenAI server's public API; see README.md. */
export { startFakeOpenAI, DEFAULT_MODELS, type FakeOpenAIOptions, type FakeOpenAIServer, type ScriptFunction } from './fake-openai-server.ts';
export type { Behaviour, BehaviourKind } from './behaviours.ts';
export type { Fixture } from './fixture-store.ts';
export type { RecordedRequest, FakeOpenAIStats, RequestOutcome } from './request-log.ts';
export { schemaResponder, type Responder, type ResponderContext } from './responders.ts';
export { createQuoteResponder, extractDelimitedText, splitSentences, type QuoteResponderOptions } from './quote-responder.ts';
export { sampleFromSchema, type SampleOptions, type StringSource } from './schema-sample.ts';
export { checkStrictSchema, type StrictKeywordPolicy } from './strict-schema-check.ts';
export { validateAgainstSchema } from './schema-validate.ts';
export {
  lastUserText,
  messageText,
  requestedSchema,
  type ChatCompletionRequest,
  type ChatMessage,
  type JsonSchema,
  type ResponseFormat,
} from './chat-completion-request.ts';
