/** "Finance team: onboarding (EU)" + "png" → "finance-team-onboarding-eu-atlas.png"; never empty, never a path. */
export function exportFileName(journeyName: string, extension: 'png' | 'svg' | 'csv'): string {
  const slug = journeyName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return `${slug || 'journey'}-atlas.${extension}`;
}
