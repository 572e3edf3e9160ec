/**
 * Words that carry no content for duplicate detection: articles, pronouns, prepositions, auxiliaries and
 * the weak clarifier markers. "before" and "after" stay, because "before closing the month" and "after
 * closing the month" are different contexts. Single letters go too ("e.g." becomes "e g").
 */
export const COMPARISON_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'into', 'onto', 'about', 'as',
  'that', 'this', 'these', 'those', 'it', 'its', 'is', 'are', 'be', 'been', 'being', 'was', 'were', 'am', 'and',
  'or', 'nor', 'than', 'then', 'so', 'such', 'which', 'who', 'whom', 'whose', 'what', 'there', 'their', 'they',
  'them', 'he', 'she', 'his', 'her', 'we', 'our', 'us', 'my', 'me', 'you', 'your', 'any', 'some', 'all', 'each',
  'every', 'when', 'whenever', 'while', 'during', 'eg', 'ie', 'etc', 'do', 'does', 'did', 'has', 'have', 'had',
  'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must',
]);
