const SIBILANT_PLURAL = /(?:ss|x|z|ch|sh)es$/u;
const MIN_STEM = 3;

/**
 * A light suffix stripper in the spirit of step 1 of Porter's stemmer (M. F. Porter, "An algorithm for
 * suffix stripping", Program 14(3), 1980): plural first (-ies → -y, -(ss|x|z|ch|sh)es, -s except -ss/-us/-is),
 * then -ing, -ed or a final -e, never leaving fewer than three letters. It only has to make
 * "statements"/"statement", "reconciling"/"reconcile" and "invoices"/"invoiced" meet, not produce words.
 */
export function lightStem(word: string): string {
  let stem = word;
  if (stem.endsWith('ies') && stem.length - 3 >= MIN_STEM) stem = `${stem.slice(0, -3)}y`;
  else if (SIBILANT_PLURAL.test(stem) && stem.length - 2 >= MIN_STEM) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/u.test(stem) && stem.length - 1 >= MIN_STEM) stem = stem.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'e']) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= MIN_STEM) return stem.slice(0, -suffix.length);
  }
  return stem;
}
