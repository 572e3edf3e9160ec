import type { TestContext } from './test-app.js';

/**
 * Reads the interviews' stored transcripts and returns a helper that turns a quote into the evidence span
 * `{ interviewId, start, end }` the API expects, failing loudly when the quote is not in the transcript.
 */
export async function evidenceSpans(ctx: TestContext, token: string, interviewIds: readonly string[]) {
  const transcripts = new Map<string, string>();
  for (const id of interviewIds) transcripts.set(id, (await ctx.client.request('GET', `/api/v1/interviews/${id}`, { token })).body.transcript);
  const span = (interviewId: string, quote: string) => {
    const start = transcripts.get(interviewId)!.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in the transcript`);
    return { interviewId, start, end: start + quote.length };
  };
  return { transcripts, span };
}
