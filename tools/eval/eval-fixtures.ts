import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTranscript, type ParsedTranscript, type TranscriptTextFormat } from '@outcome-atlas/domain';
import { parseGoldFile, type GoldFile } from './gold-file.ts';

/** The hand-labelled evaluation set shipped with the repository. */
export const DEFAULT_FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

const GOLD_SUFFIX = '.gold.json';
const FORMATS: Record<string, TranscriptTextFormat> = { '.txt': 'txt', '.md': 'md', '.vtt': 'vtt', '.srt': 'srt' };

/** One transcript of the evaluation set, parsed the way the product parses uploads. */
export type EvalFixture = {
  /** Gold file name without `.gold.json`, e.g. "month-end-close-bookkeeper". */
  name: string;
  gold: GoldFile;
  parsed: ParsedTranscript;
};

/** Loads every `<name>.gold.json` in `dir` (sorted by name) with the transcript it points to. */
export function loadEvalFixtures(dir: string = DEFAULT_FIXTURES_DIR): EvalFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(GOLD_SUFFIX))
    .sort()
    .map((file) => {
      const gold = parseGoldFile(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
      const format = FORMATS[extname(gold.transcript).toLowerCase()];
      if (format === undefined) throw new Error(`${file}: unsupported transcript format "${gold.transcript}"`);
      const parsed = parseTranscript(readFileSync(join(dir, gold.transcript), 'utf8'), format);
      return { name: file.slice(0, -GOLD_SUFFIX.length), gold, parsed };
    });
}
