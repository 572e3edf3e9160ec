export {
  DEFAULT_QUOTE_LOCATE_OPTIONS,
  MIN_ELISION_PART_CHARS,
  type QuoteFound,
  type QuoteLocateOptions,
  type QuoteLocation,
  type QuoteLocator,
  type QuoteMatchKind,
  type QuoteNotFound,
  type QuoteRejection,
  type TextSpan,
} from './quote-locator-types.js';
export { createQuoteLocator, locateQuote } from './quote-locator.js';
export { buildNormalizedText, normalizeQuoteText, type NormalizedText } from './text-normalization-map.js';
export { estimateTokens } from './token-estimate.js';
export { chunkTranscript } from './transcript-chunker.js';
export { renderChunk } from './chunk-render.js';
export type { ChunkableTranscript, ChunkOptions, TranscriptChunk } from './chunk-types.js';
