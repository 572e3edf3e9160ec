/**
 * Runs the fake OpenAI server as a process, for benchmarks and demos:
 *   node tools/fake-openai/fake-openai-cli.ts --port 4010 --latency 300 --fixtures <dir>
 * Point the API at it with its OpenAI base URL set to the printed URL. Stops on SIGINT/SIGTERM.
 * When forked, it sends 'ready' to the parent once listening (as tools/bench/bare-server.ts does).
 */
import { parseArgs } from 'node:util';
import { startFakeOpenAI, DEFAULT_MODELS } from './fake-openai-server.ts';

const USAGE = `Usage: node tools/fake-openai/fake-openai-cli.ts [options]
  --port <n>             port on 127.0.0.1 (default 4010; 0 picks a free one)
  --latency <ms>         delay before every chat completion answer (default 0)
  --fixtures <dir>       directory of *.json fixtures, matched before the responder
  --responder <name>     schema | quotes (default quotes: answers quote the user message)
  --models <a,b,...>     model ids that exist (default ${DEFAULT_MODELS.join(',')})
  --api-key <key>        accepted API key, repeatable (default: any key)
  --strict-keywords <p>  documented | lenient (default documented)
  --quiet                do not log one line per request
  --help                 print this help`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const nonNegativeInteger = (flag: string, value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : fail(`${flag} must be a non-negative integer, got "${value}".`);
};

const flags = {
  port: { type: 'string' },
  latency: { type: 'string' },
  fixtures: { type: 'string' },
  responder: { type: 'string' },
  models: { type: 'string' },
  'api-key': { type: 'string', multiple: true },
  'strict-keywords': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

function readFlags() {
  try {
    return parseArgs({ options: flags, strict: true }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

const values = readFlags();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const responder = values.responder ?? 'quotes';
if (responder !== 'schema' && responder !== 'quotes') fail(`--responder must be schema or quotes, got "${responder}".`);
const strictKeywords = values['strict-keywords'] ?? 'documented';
if (strictKeywords !== 'documented' && strictKeywords !== 'lenient') fail(`--strict-keywords must be documented or lenient.`);

const server = await startFakeOpenAI({
  port: nonNegativeInteger('--port', values.port, 4010),
  latencyMs: nonNegativeInteger('--latency', values.latency, 0),
  responder,
  strictSchemaKeywords: strictKeywords,
  ...(values.fixtures ? { fixtures: values.fixtures } : {}),
  ...(values.models ? { models: values.models.split(',').map((model) => model.trim()).filter(Boolean) } : {}),
  ...(values['api-key'] ? { apiKeys: values['api-key'] } : {}),
  ...(values.quiet ? {} : { log: (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`) }),
}).catch((error: unknown) => fail(`Cannot start: ${(error as Error).message}`));
process.stdout.write(`fake-openai listening on ${server.url}\n`);
process.send?.('ready');

const stop = () => {
  const { chatCompletions, maxConcurrency } = server.stats;
  process.stdout.write(`fake-openai stopping: ${chatCompletions} chat completions, max concurrency ${maxConcurrency}\n`);
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
