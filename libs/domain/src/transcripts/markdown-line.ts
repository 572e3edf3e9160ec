/** What a markdown line contributes to a transcript once its markup is read. */
export type MarkdownLine = { kind: 'break' } | { kind: 'text'; text: string };

const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE_MARKERS = /^ {0,3}(?:>\s?)+/;
// "**Name:** text", "**Name**: text", "_Name_: text" — emphasis only around the label.
const EMPHASISED_LABEL = /^(\*\*|__|\*|_)([^*_]{1,80}?)(:?)\1(:?)(?=\s|$)/u;

/**
 * Headings and rules are structure, not speech: they end the current paragraph and add no
 * text. Quote markers and emphasis around a speaker label are dropped so the label parses;
 * everything else (including markup inside the speech) is kept verbatim.
 */
export function readMarkdownLine(line: string): MarkdownLine {
  if (HEADING.test(line) || THEMATIC_BREAK.test(line)) return { kind: 'break' };
  const unquoted = line.replace(QUOTE_MARKERS, '');
  const text = unquoted.replace(EMPHASISED_LABEL, (whole: string, _marker: string, inner: string, inside: string, outside: string) =>
    inside !== '' || outside !== '' ? `${inner}:` : whole,
  );
  return { kind: 'text', text };
}
