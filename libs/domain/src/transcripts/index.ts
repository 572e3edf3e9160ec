export {
  DEFAULT_TRANSCRIPT_LIMITS,
  TranscriptParseError,
  type ParsedTranscript,
  type ParsedUtterance,
  type TranscriptLimits,
  type TranscriptParseErrorCode,
  type TranscriptTextFormat,
} from './transcript-types.js';
export { parseTranscript } from './transcript-parser.js';
export { wordCount } from './word-count.js';
export { toPassages, type Passage } from './passages.js';
