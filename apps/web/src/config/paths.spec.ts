import { describe, expect, it } from 'vitest';
import { paths } from './paths';

describe('paths.outcome', () => {
  it('opens the outcome on the curation page', () => {
    expect(paths.outcome('p1', '0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10')).toBe('/projects/p1/outcomes?outcome=0b7e6a4e-3f4c-4f8e-9a57-2f1d1c9b8a10');
  });

  it('encodes the id as a query value', () => {
    expect(paths.outcome('p1', 'a b&c')).toBe('/projects/p1/outcomes?outcome=a+b%26c');
  });
});
