/**
 * The raw baseline: a bare node:http server answering fixed JSON bodies. It runs in its own
 * process (like the API) so it never shares an event loop with the load generator.
 * Usage: node bare-server.ts <port> <bodies.json>, where bodies.json maps URL -> body.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, bodiesFile] = process.argv.slice(2);
const bodies: Record<string, string> = JSON.parse(readFileSync(bodiesFile!, 'utf8'));
createServer((request, response) => {
  const body = bodies[request.url ?? ''] ?? '{}';
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
