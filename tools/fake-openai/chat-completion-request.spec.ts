import { describe, expect, it } from 'vitest';
import { lastUserText, validateChatCompletionRequest } from './chat-completion-request.ts';

const validate = (body: unknown) => validateChatCompletionRequest(body, { models: ['m'], strictKeywords: 'documented' });
const errorOf = (body: unknown) => {
  const result = validate(body);
  if (result.ok) throw new Error('expected a validation error');
  return { status: result.error.status, ...result.error.body.error };
};
const base = { model: 'm', messages: [{ role: 'user', content: 'hi json' }] };

describe('validateChatCompletionRequest', () => {
  it('accepts a minimal request and text parts', () => {
    expect(validate(base).ok).toBe(true);
    expect(validate({ ...base, messages: [{ role: 'developer', content: [{ type: 'text', text: 'a' }] }, { role: 'assistant', content: null, tool_calls: [] }] }).ok).toBe(true);
  });

  it.each([
    ['a body that is not an object', [], { param: null }],
    ['a missing model', { messages: base.messages }, { param: 'model', code: 'missing_required_parameter' }],
    ['a missing messages', { model: 'm' }, { param: 'messages', code: 'missing_required_parameter' }],
    ['a bad role', { ...base, messages: [{ role: 'bot', content: 'x' }] }, { param: 'messages[0].role', code: 'invalid_value' }],
    ['a user message without content', { ...base, messages: [{ role: 'user' }] }, { param: 'messages[0].content' }],
    ['a text part without text', { ...base, messages: [{ role: 'user', content: [{ type: 'text' }] }] }, { param: 'messages[0].content[0].text', code: 'invalid_type' }],
    ['a string temperature', { ...base, temperature: '0.2' }, { param: 'temperature', code: 'invalid_type' }],
    ['a fractional max_tokens', { ...base, max_tokens: 1.5 }, { param: 'max_tokens', code: 'invalid_type' }],
    ['a zero max_completion_tokens', { ...base, max_completion_tokens: 0 }, { param: 'max_completion_tokens', code: 'invalid_value' }],
    ['a string seed', { ...base, seed: '1' }, { param: 'seed' }],
    ['five stop sequences', { ...base, stop: ['a', 'b', 'c', 'd', 'e'] }, { param: 'stop' }],
    ['an unknown response_format type', { ...base, response_format: { type: 'yaml' } }, { param: 'response_format.type' }],
    ['a json_schema without name', { ...base, response_format: { type: 'json_schema', json_schema: { schema: {} } } }, { param: 'response_format.json_schema.name' }],
    ['a json_schema name with spaces', { ...base, response_format: { type: 'json_schema', json_schema: { name: 'my schema', schema: {} } } }, { param: 'response_format.json_schema.name' }],
    ['a string strict flag', { ...base, response_format: { type: 'json_schema', json_schema: { name: 'x', schema: {}, strict: 'yes' } } }, { param: 'response_format.json_schema.strict' }],
    ['strict without schema', { ...base, response_format: { type: 'json_schema', json_schema: { name: 'x', strict: true } } }, { param: 'response_format.json_schema.schema' }],
    ['json_object without the word JSON', { ...base, messages: [{ role: 'user', content: 'hi' }], response_format: { type: 'json_object' } }, { param: 'messages' }],
  ])('refuses %s with a 400', (_name, body, expected) => {
    expect(errorOf(body)).toMatchObject({ status: 400, type: 'invalid_request_error', ...expected });
  });

  it('checks the model after the shape: a malformed body is a 400 even with an unknown model', () => {
    expect(errorOf({ model: 'x', messages: [] })).toMatchObject({ status: 400 });
    expect(errorOf({ model: 'x', messages: base.messages })).toMatchObject({ status: 404, code: 'model_not_found' });
  });

  it('does not check schemas that are not strict', () => {
    expect(validate({ ...base, response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'string' } } } }).ok).toBe(true);
  });

  it('reads the last user message, text parts joined', () => {
    const result = validate({ ...base, messages: [{ role: 'user', content: 'first' }, { role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'image_url', image_url: { url: 'x' } }, { type: 'text', text: 'b' }] }, { role: 'assistant', content: 'c' }] });
    expect(result.ok && lastUserText(result.request)).toBe('a\nb');
  });
});
