import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file-name';

describe('exportFileName', () => {
  it.each([
    ['Finance team: onboarding (EU)', 'png', 'finance-team-onboarding-eu-atlas.png'],
    ['Café « rentrée »', 'svg', 'cafe-rentree-atlas.svg'],
    ['../../etc/passwd', 'csv', 'etc-passwd-atlas.csv'],
    ['***', 'csv', 'journey-atlas.csv'],
  ] as const)('%s → %s', (name, extension, expected) => {
    expect(exportFileName(name, extension)).toBe(expected);
  });
});
