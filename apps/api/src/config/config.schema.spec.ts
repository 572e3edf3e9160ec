import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.schema.js';

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
