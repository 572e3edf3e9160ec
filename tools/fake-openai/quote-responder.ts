/**
 * The `quotes` responder: like the schema responder, but string fields whose name looks like
 * a quotation (quote, excerpt, evidence, verbatim, citation, snippet, passage) are filled
 * with real sentences from the user message, in order. Code that checks a quote can be
 * located in its source (as transcript extraction does) then works against the fake.
 */
import { sampleFromSchema } from './schema-sample.ts';
import type { Responder } from './responders.ts';

export type QuoteResponderOptions = {
  /** Which string fields get sentences, by property name. */
  quoteKeys?: RegExp;
  /** Items per array (clamped to minItems/maxItems). Default 3. */
  arrayLength?: number;
  /** Sentences shorter than this many words are skipped. Default 5. */
  minWords?: number;
  /** Picks the text to quote from; default: the longest delimited block (see extractDelimitedText). */
  source?: (userText: string) => string;
};

const DEFAULT_QUOTE_KEYS = /quote|excerpt|evidence|verbatim|citation|snippet|passage/i;
/** A leading "[00:01:02] Name:" or "P1:" speaker label: not part of what the speaker said. */
const SPEAKER_LABEL = /^\s*(?:\[[^\]]{1,20}\]\s*)?(?:([A-Z][\w .'-]{0,30}):\s+)?/;
const INTERVIEWER = /^(interviewer|moderator|researcher|q)$/i;

/**
 * The document inside the prompt: the longest `<tag>…</tag>` block, else the longest
 * ``` or """ fenced block, else the whole text. Prompts delimit transcripts so the model
 * cannot confuse them with instructions; quoting from inside the delimiters mirrors that.
 */
export function extractDelimitedText(text: string): string {
  const blocks: string[] = [];
  for (const match of text.matchAll(/<([A-Za-z][\w-]*)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g)) blocks.push(match[2] ?? '');
  if (blocks.length === 0) {
    for (const match of text.matchAll(/(```|""")[^\n]*\n([\s\S]*?)\1/g)) blocks.push(match[2] ?? '');
  }
  const longest = blocks.reduce((best, block) => (block.trim().length > best.length ? block.trim() : best), '');
  return longest.length > 0 ? longest : text;
}

/**
 * Sentences said by participants, each a verbatim substring of `text`: speaker labels are
 * cut off, interviewer lines skipped, statements preferred over questions.
 */
export function splitSentences(text: string, minWords = 5): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const label = SPEAKER_LABEL.exec(line);
    if (label?.[1] && INTERVIEWER.test(label[1].trim())) continue;
    const spoken = line.slice(label?.[0].length ?? 0);
    for (const sentence of spoken.split(/(?<=[.!?])\s+/)) {
      const trimmed = sentence.trim();
      if (trimmed.split(/\s+/).length >= minWords && !sentences.includes(trimmed)) sentences.push(trimmed);
    }
  }
  const statements = sentences.filter((sentence) => !sentence.endsWith('?'));
  return statements.length > 0 ? statements : sentences;
}

export function createQuoteResponder(options: QuoteResponderOptions = {}): Responder {
  const quoteKeys = options.quoteKeys ?? DEFAULT_QUOTE_KEYS;
  const source = options.source ?? extractDelimitedText;
  return (_request, context) => {
    const sentences = splitSentences(source(context.lastUserText), options.minWords);
    let next = 0;
    const nextSentence = (): string | undefined => (sentences.length === 0 ? undefined : sentences[next++ % sentences.length]);
    if (context.schema) {
      return sampleFromSchema(context.schema, {
        arrayLength: options.arrayLength ?? 3,
        strings: ({ key }) => (key !== undefined && quoteKeys.test(key) ? nextSentence() : undefined),
      });
    }
    const quotes = sentences.slice(0, options.arrayLength ?? 3);
    return context.format === 'json_object' ? { quotes } : quotes.join('\n');
  };
}
