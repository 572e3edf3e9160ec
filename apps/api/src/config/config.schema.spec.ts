import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, loadConfig } from './config.schema.js';

describe('loadConfig', () => {
  it('applies every default when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: '.data', SEED_DEMO: true, LOG_LEVEL: 'info' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '' });
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['SEED_DEMO', 'maybe'],
    ['LOG_LEVEL', 'loud'],
    ['MAX_UPLOAD_BYTES', '-1'],
  ])('names %s when it is %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('parses booleans and numbers', () => {
    expect(loadConfig({ SEED_DEMO: 'false', PORT: '8080', COOKIE_SECURE: '1' })).toMatchObject({ SEED_DEMO: false, PORT: 8080, COOKIE_SECURE: true });
  });
});

describe('.env.example', () => {
  it('lists every variable the schema reads (NODE_ENV comes from the tooling), and nothing else', () => {
    const example = readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8');
    const listed = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]).sort();
    const read = Object.keys(configSchema.shape).filter((name) => name !== 'NODE_ENV').sort();
    expect(listed).toEqual(read);
  });

  it('and the README configuration table documents each of them', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const missing = Object.keys(configSchema.shape).filter((name) => name !== 'NODE_ENV' && !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
