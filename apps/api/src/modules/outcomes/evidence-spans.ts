import { evidenceEmpty, evidenceInterviewsNotInProject, evidenceOutOfRange } from './outcomes.errors.js';

export type EvidenceSpanRequest = { interviewId: string; start: number; end: number };
export type EvidenceSpan = EvidenceSpanRequest & { quote: string };

/**
 * Checks researcher-given spans against the transcripts of their interviews (which must be the project's)
 * and cuts each quote from the transcript, as highlights do: the quote is never taken from the client.
 * Offsets are UTF-16 code units, like the transcript the client read. The same span twice is kept once.
 */
export function resolveEvidence(spans: readonly EvidenceSpanRequest[], transcripts: ReadonlyMap<string, string>): EvidenceSpan[] {
  const missing = [...new Set(spans.map((span) => span.interviewId).filter((id) => !transcripts.has(id)))];
  if (missing.length > 0) throw evidenceInterviewsNotInProject(missing);
  const seen = new Set<string>();
  return spans.flatMap((span, index) => {
    const transcript = transcripts.get(span.interviewId) ?? '';
    if (span.end > transcript.length) throw evidenceOutOfRange(index, span.end, transcript.length);
    const quote = transcript.slice(span.start, span.end);
    if (quote.trim() === '') throw evidenceEmpty(index);
    const key = `${span.interviewId}:${span.start}:${span.end}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ ...span, quote }];
  });
}
