/**
 * `npm run bench:ratings`: a survey of 500 outcomes x 2,000 respondents (1 M ratings) imported through the
 * HTTP API as a streamed wide CSV into an empty project, against a raw `COPY` with pg of the same 1 M rows (long CSV)
 * into a bare table: three rounds of each, taking turns, compared by median. Then a re-import of the same file (nothing
 * changes) and an import of the long CSV. Files are generated to a temporary directory; everything runs on loopback
 * and stops by itself.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportRatingsResponse, Outcome, Project, RegisterResponse } from '@outcome-atlas/contracts';
import { from as copyFrom } from 'pg-copy-streams';
import { withBenchStack } from './bench-support.ts';
import { mulberry32 } from './transcript-generator.ts';

const OUTCOMES = Number(process.env.BENCH_OUTCOMES ?? 500);
const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SEGMENTS = ['SMB', 'Mid-market', 'Enterprise'];
const REGIONS = ['EU', 'US', 'APAC'];

/** Writes a string, waiting when the file stream's buffer is full, so generation never holds the file in memory. */
async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** The same answers as a wide file (one line per respondent) and a long one (one line per rating). */
async function generateSurvey(wideFile: string, longFile: string): Promise<void> {
  const random = mulberry32(42);
  const answer = () => 1 + Math.floor(random() * 5);
  const wide = createWriteStream(wideFile);
  const long = createWriteStream(longFile);
  const columns = Array.from({ length: OUTCOMES }, (_, index) => `O-${index + 1} importance,O-${index + 1} satisfaction`);
  await write(wide, `respondent_id,segment,region,${columns.join(',')}\n`);
  await write(long, 'respondent_id,outcome_id,importance,satisfaction\n');
  for (let respondent = 1; respondent <= RESPONDENTS; respondent += 1) {
    const id = `R-${String(respondent).padStart(5, '0')}`;
    const values: number[] = [];
    let longLines = '';
    for (let outcome = 1; outcome <= OUTCOMES; outcome += 1) {
      const [importance, satisfaction] = [answer(), answer()];
      values.push(importance, satisfaction);
      longLines += `${id},O-${outcome},${importance},${satisfaction}\n`;
    }
    await write(wide, `${id},${SEGMENTS[respondent % 3]},${REGIONS[respondent % 2]},${values.join(',')}\n`);
    await write(long, longLines);
  }
  wide.end();
  long.end();
  await Promise.all([once(wide, 'finish'), once(long, 'finish')]);
}

const median = <T extends { ms: number }>(runs: T[]): T => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

async function main(): Promise<void> {
  await withBenchStack('ratings', async ({ api, db, dataDir, post }) => {
    const account = await post<RegisterResponse>('/api/v1/auth/register', { email: 'bench@example.com', password: 'benchmark-password', name: 'Bench' });
    /** A fresh project with the survey's outcomes, accepted: each timed import lands in an empty project. */
    const createProject = async (name: string): Promise<Project> => {
      const project = await post<Project>(`/api/v1/workspaces/${account.workspace.id}/projects`, { name }, account.token);
      const ids: string[] = [];
      let next = 1;
      const createOutcomes = async () => {
        while (next <= OUTCOMES) {
          const index = next++;
          const statement = `Minimize the time it takes to complete survey task number ${index}`;
          ids.push((await post<Outcome>(`/api/v1/projects/${project.id}/outcomes`, { statement }, account.token)).id);
        }
      };
      await Promise.all([createOutcomes(), createOutcomes(), createOutcomes(), createOutcomes()]);
      for (let start = 0; start < ids.length; start += 500) {
        await post(`/api/v1/projects/${project.id}/outcomes/bulk`, { action: 'accept', ids: ids.slice(start, start + 500) }, account.token);
      }
      return project;
    };

    const wideFile = path.join(dataDir, 'survey-wide.csv');
    const longFile = path.join(dataDir, 'survey-long.csv');
    const generated = await timed(() => generateSurvey(wideFile, longFile));
    const [wideBytes, longBytes] = [(await stat(wideFile)).size, (await stat(longFile)).size];
    console.log(`Generated ${OUTCOMES} outcomes x ${RESPONDENTS} respondents = ${OUTCOMES * RESPONDENTS} ratings in ${Math.round(generated.ms)} ms`);
    console.log(`  wide CSV ${(wideBytes / 1e6).toFixed(1)} MB, long CSV ${(longBytes / 1e6).toFixed(1)} MB`);

    const importFile = (project: Project, format: 'wide' | 'long') =>
      timed(async () => {
        const response = await fetch(`${api.url}/api/v1/projects/${project.id}/ratings/import?format=${format}`, {
          method: 'POST',
          headers: { 'content-type': 'text/csv', authorization: `Bearer ${account.token}` },
          body: Readable.toWeb(createReadStream(format === 'wide' ? wideFile : longFile)) as ReadableStream,
          duplex: 'half',
        } as RequestInit);
        if (!response.ok) throw new Error(`Import failed: ${response.status} ${(await response.text()).slice(0, 2000)}`);
        return (await response.json()) as ImportRatingsResponse;
      });
    const storedIn = async (project: Project) => (await db.query('SELECT count(*)::int AS n FROM ratings WHERE project_id = $1', [project.id])).rows[0].n as number;

    // Imports and raw COPYs take turns, ROUNDS of each, so both see the same machine; medians are compared.
    const imports: { ms: number; result: ImportRatingsResponse }[] = [];
    const copies: { ms: number; result: number }[] = [];
    let project: Project | null = null;
    for (let round = 1; round <= ROUNDS; round += 1) {
      project = await createProject(`Survey bench ${round}`);
      imports.push(await importFile(project, 'wide'));
      const stored = await storedIn(project);
      if (stored !== OUTCOMES * RESPONDENTS) throw new Error(`Expected ${OUTCOMES * RESPONDENTS} ratings, found ${stored}`);
      await db.query('DROP TABLE IF EXISTS bench_copy');
      await db.query('CREATE TABLE bench_copy (respondent_id text, outcome_id text, importance smallint, satisfaction smallint)');
      copies.push(
        await timed(async () => {
          const copy = db.query(copyFrom('COPY bench_copy FROM STDIN (FORMAT csv, HEADER true)'));
          await pipeline(createReadStream(longFile), copy);
          return copy.rowCount;
        }),
      );
    }
    const again = await importFile(project!, 'wide');
    const longProject = await createProject('Survey bench, long file');
    const long = await importFile(longProject, 'long');
    const stored = OUTCOMES * RESPONDENTS;
    const first = median(imports);
    const copied = median(copies);

    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`\n## Survey import: ${OUTCOMES} outcomes x ${RESPONDENTS} respondents = ${stored} ratings\n`);
    console.log('| step | time | rows/s | result |');
    console.log('|---|---:|---:|---|');
    const range = (runs: { ms: number }[]) => runs.map((run) => (run.ms / 1000).toFixed(2)).join(', ');
    console.log(`| import, wide CSV over HTTP (empty project), median of ${ROUNDS} (${range(imports)}) | ${seconds(first.ms)} | ${Math.round((stored / first.ms) * 1000)} | ratings ${JSON.stringify(first.result.ratings)} |`);
    console.log(`| re-import of the same file | ${seconds(again.ms)} | ${Math.round((stored / again.ms) * 1000)} | ratings ${JSON.stringify(again.result.ratings)} |`);
    console.log(`| import, long CSV over HTTP (empty project) | ${seconds(long.ms)} | ${Math.round((stored / long.ms) * 1000)} | ratings ${JSON.stringify(long.result.ratings)} |`);
    console.log(`| raw COPY of the long CSV into a bare table (pg), median of ${ROUNDS} (${range(copies)}) | ${seconds(copied.ms)} | ${Math.round((copied.result / copied.ms) * 1000)} | ${copied.result} rows |`);
    console.log(`\nImport / raw COPY into a bare table (medians): ${(first.ms / copied.ms).toFixed(2)}x (target <= 1.5x)`);
  });
}

await main();
