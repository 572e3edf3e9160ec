import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./fake-openai-cli.ts', import.meta.url));

describe('fake-openai-cli', () => {
  it('serves fixtures with the configured latency and stops on SIGTERM', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fake-openai-cli-'));
    await writeFile(path.join(dir, 'demo.json'), JSON.stringify({ match: 'demo', content: { answer: 'from fixture' } }));
    // process.execPath is the node running vitest (the project's node 22, which strips types).
    const child = spawn(process.execPath, [cli, '--port', '0', '--latency', '50', '--fixtures', dir, '--models', 'demo-model'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let output = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      await expect.poll(() => output, { timeout: 10_000 }).toMatch(/listening on (\S+)/);
      const url = /listening on (\S+)/.exec(output)![1]!;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);

      const client = new OpenAI({ apiKey: 'demo', baseURL: url, maxRetries: 0 });
      const started = Date.now();
      const completion = await client.chat.completions.create({ model: 'demo-model', messages: [{ role: 'user', content: 'a demo transcript' }] });
      expect(Date.now() - started).toBeGreaterThanOrEqual(45);
      expect(JSON.parse(completion.choices[0]!.message.content!)).toEqual({ answer: 'from fixture' });
      expect((await client.models.list()).data.map((model) => model.id)).toEqual(['demo-model']);

      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(output).toMatch(/POST \/v1\/chat\/completions 200 \[default\] demo-model/);
      expect(output).toMatch(/stopping: 1 chat completions, max concurrency 1/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad flags with usage and exit code 2', async () => {
    const child = spawn(process.execPath, [cli, '--latency', 'soon'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(errors).toContain('--latency must be a non-negative integer');
    expect(errors).toContain('Usage:');
  });
});
