import { describe, expect, it } from 'vitest';
import type { ChatCompletionRequest } from './chat-completion-request.ts';
import { createQuoteResponder, extractDelimitedText, splitSentences } from './quote-responder.ts';
import { responderContext } from './responders.ts';

const transcript = [
  '[00:00:03] Interviewer: Tell me about the last time you planned a trip?',
  '[00:00:09] Dana: We booked flights first and hotels much later.',
  'The hotel prices had doubled by then, which was really frustrating for us. Ok.',
  'P2: Is there any way to know when prices will rise?',
].join('\n');

const request = (content: string, schema?: Record<string, unknown>): ChatCompletionRequest => ({
  model: 'fake-extractor',
  messages: [{ role: 'system', content: 'Quote the transcript.' }, { role: 'user', content }],
  ...(schema ? { response_format: { type: 'json_schema', json_schema: { name: 'quotes', strict: true, schema } } } : {}),
});

describe('splitSentences', () => {
  it('keeps participant statements verbatim, without labels, interviewer lines or short fragments', () => {
    const sentences = splitSentences(transcript);
    expect(sentences).toEqual(['We booked flights first and hotels much later.', 'The hotel prices had doubled by then, which was really frustrating for us.']);
    for (const sentence of sentences) expect(transcript).toContain(sentence);
  });

  it('falls back to questions when there is nothing else', () => {
    expect(splitSentences('P1: Why would anyone want this feature at all?')).toEqual(['Why would anyone want this feature at all?']);
  });
});

describe('extractDelimitedText', () => {
  it('prefers the longest tagged block, then fenced blocks, then the whole text', () => {
    expect(extractDelimitedText('Rules <id>7</id>\n<transcript source="x">\nthe real text\n</transcript>')).toBe('the real text');
    expect(extractDelimitedText('Rules\n"""\nfenced text\n"""')).toBe('fenced text');
    expect(extractDelimitedText('plain text')).toBe('plain text');
  });
});

describe('createQuoteResponder', () => {
  const schema = {
    type: 'object',
    properties: { outcomes: { type: 'array', items: { type: 'object', properties: { statement: { type: 'string' }, evidence_quote: { type: 'string' } } } } },
  };

  it('fills quote-like fields with sentences in order, cycling when the array is longer', () => {
    const body = request(`<transcript>${transcript}</transcript>`, schema);
    const content = createQuoteResponder()(body, responderContext(body, 0)) as { outcomes: { statement: string; evidence_quote: string }[] };
    expect(content.outcomes.map((outcome) => outcome.evidence_quote)).toEqual([
      'We booked flights first and hotels much later.',
      'The hotel prices had doubled by then, which was really frustrating for us.',
      'We booked flights first and hotels much later.',
    ]);
    expect(content.outcomes[0]!.statement).not.toContain('booked');
  });

  it('answers plain text and json_object requests with the sentences too', () => {
    const text = request(transcript);
    expect(createQuoteResponder({ arrayLength: 1 })(text, responderContext(text, 0))).toBe('We booked flights first and hotels much later.');
  });
});
