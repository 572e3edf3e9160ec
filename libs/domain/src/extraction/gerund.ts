// English verb morphology for rewriting: "miss" -> "missing", "forgot" -> "forgetting", "pays" -> "paying".
// Small rules plus exception tables; no dictionary. The rules are exact for regular verbs and for the
// irregular verbs listed, and only ever used on a word the rewriter already placed in a verb slot.

/** Gerunds the suffix rules get wrong. */
const GERUND_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['be', 'being'],
  ['see', 'seeing'],
  ['agree', 'agreeing'],
  ['free', 'freeing'],
  ['guarantee', 'guaranteeing'],
  ['ski', 'skiing'],
  ['dye', 'dyeing'],
  ['panic', 'panicking'],
  ['picnic', 'picnicking'],
  ['mimic', 'mimicking'],
  ['traffic', 'trafficking'],
]);

/** Verbs of two or more syllables stressed on the last one, so the final consonant doubles. */
const DOUBLING_LONG_VERBS: ReadonlySet<string> = new Set([
  'forget', 'submit', 'commit', 'admit', 'permit', 'omit', 'refer', 'transfer', 'prefer', 'occur', 'recur',
  'control', 'regret', 'begin', 'compel', 'patrol', 'equip', 'upset', 'format', 'program', 'kidnap', 'unplug',
  'reset', 'offset', 'outrun', 'rerun', 'input', 'output', 'expel', 'propel', 'dispel', 'deter', 'incur',
  'infer', 'confer', 'defer', 'acquit', 'allot', 'forbid', 'overlap',
]);

/** Past and participle forms that are not base + "ed", with their base. */
const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map([
  ['forgot', 'forget'], ['forgotten', 'forget'], ['made', 'make'], ['paid', 'pay'], ['ran', 'run'], ['sent', 'send'],
  ['lost', 'lose'], ['got', 'get'], ['gotten', 'get'], ['left', 'leave'], ['took', 'take'], ['taken', 'take'],
  ['had', 'have'], ['has', 'have'], ['did', 'do'], ['does', 'do'], ['done', 'do'], ['went', 'go'], ['goes', 'go'],
  ['gone', 'go'], ['kept', 'keep'], ['found', 'find'], ['spent', 'spend'], ['bought', 'buy'], ['wrote', 'write'],
  ['written', 'write'], ['gave', 'give'], ['given', 'give'], ['came', 'come'], ['saw', 'see'], ['seen', 'see'],
  ['told', 'tell'], ['sold', 'sell'], ['brought', 'bring'], ['thought', 'think'], ['knew', 'know'], ['known', 'know'],
  ['began', 'begin'], ['begun', 'begin'], ['broke', 'break'], ['broken', 'break'], ['chose', 'choose'],
  ['fell', 'fall'], ['felt', 'feel'], ['held', 'hold'], ['meant', 'mean'], ['met', 'meet'], ['said', 'say'],
  ['sat', 'sit'], ['stood', 'stand'], ['understood', 'understand'], ['was', 'be'], ['were', 'be'], ['is', 'be'],
  ['are', 'be'], ['am', 'be'], ['won', 'win'], ['built', 'build'], ['led', 'lead'], ['agreed', 'agree'],
  ['freed', 'free'], ['guaranteed', 'guarantee'], ['messed', 'mess'], ['overlooked', 'overlook'], ['dealt', 'deal'],
  ['fed', 'feed'], ['shed', 'shed'], ['embed', 'embed'], ['wed', 'wed'], ['shred', 'shred'], ['hid', 'hide'],
]);

/** Base forms that end in "s" or "ed" and must not be stripped like a third-person or past form. */
const BASE_FORMS_LOOKING_INFLECTED: ReadonlySet<string> = new Set(['focus', 'bias', 'canvas', 'process', 'access', 'discuss', 'address']);

const VOWEL_RUNS = /[aeiou]+/g;

function isVowel(char: string | undefined): boolean {
  return char !== undefined && 'aeiou'.includes(char);
}

/** One-syllable consonant-vowel-consonant verbs double the consonant ("run" -> "running"), w/x/y excepted. */
function doublesFinalConsonant(verb: string): boolean {
  if (DOUBLING_LONG_VERBS.has(verb)) return true;
  const word = verb.replace(/qu/g, 'q');
  const last = word.at(-1);
  if (last === undefined || isVowel(last) || 'wxy'.includes(last)) return false;
  return isVowel(word.at(-2)) && !isVowel(word.at(-3)) && word.length >= 3 && (word.match(VOWEL_RUNS)?.length ?? 0) === 1;
}

function gerundOfSimpleWord(verb: string): string {
  const lower = verb.toLowerCase();
  const exception = GERUND_EXCEPTIONS.get(lower);
  if (exception !== undefined) return exception;
  if (lower.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (/(?:ee|ye|oe)$/.test(lower)) return `${verb}ing`;
  if (lower.endsWith('e') && lower.length > 2) return `${verb.slice(0, -1)}ing`;
  if (doublesFinalConsonant(lower)) return `${verb}${verb.at(-1) ?? ''}ing`;
  return `${verb}ing`;
}

/**
 * The -ing form of a base-form verb: "miss" -> "missing", "make" -> "making", "run" -> "running",
 * "pay" -> "paying", "tie" -> "tying", "submit" -> "submitting", "visit" -> "visiting",
 * "double-check" -> "double-checking" (a hyphenated verb inflects its last part).
 *
 * Rules: an exception table (be, see, agree, panic ...); -ie -> -ying; -ee/-ye/-oe keep the e; a silent
 * final e is dropped; the final consonant doubles in one-syllable consonant-vowel-consonant words (not
 * after w, x or y) and in a table of verbs stressed on the last syllable (forget, submit, transfer ...).
 * Unknown long verbs are assumed to be stressed earlier (British "travelling" becomes American "traveling").
 */
export function toGerund(verb: string): string {
  const hyphen = verb.lastIndexOf('-');
  if (hyphen > 0 && hyphen < verb.length - 1) return `${verb.slice(0, hyphen + 1)}${gerundOfSimpleWord(verb.slice(hyphen + 1))}`;
  return gerundOfSimpleWord(verb);
}

/**
 * The base form of a finite or participle verb form when it can be told without a dictionary:
 * irregular forms from a table ("forgot" -> "forget", "paid" -> "pay"), third person "-s"
 * ("misses" -> "miss", "tries" -> "try"); otherwise null (regular "-ed" pasts are left to
 * {@link verbFormToGerund}, which does not need the base).
 */
export function irregularOrThirdPersonBase(form: string): string | null {
  const lower = form.toLowerCase();
  const irregular = IRREGULAR_FORMS.get(lower);
  if (irregular !== undefined) return irregular;
  if (BASE_FORMS_LOOKING_INFLECTED.has(lower) || lower.length < 4 || !lower.endsWith('s')) return null;
  if (/(?:ss|us|is)$/.test(lower)) return null;
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|zz|o)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/**
 * The -ing form of a verb in any form a clause gives it: base ("miss"), past ("missed", "forgot"),
 * third person ("misses") or already -ing ("missing"). Regular pasts share their stem with the gerund,
 * so "closed" -> "closing", "stopped" -> "stopping", "tried" -> "trying" need no base form.
 */
export function verbFormToGerund(form: string): string {
  const lower = form.toLowerCase();
  if (lower.endsWith('ing') && lower.length > 4) return lower;
  const base = irregularOrThirdPersonBase(lower);
  if (base !== null) return toGerund(base);
  if (lower.endsWith('ied') && lower.length > 4) return `${lower.slice(0, -3)}ying`;
  if (lower.endsWith('ed') && lower.length > 4 && !lower.endsWith('eed')) return `${lower.slice(0, -2)}ing`;
  return toGerund(lower);
}

/** Regular and irregular inflections of a base verb (base, -s, -ing, past), for lexicon lookups. */
export function verbInflections(base: string): string[] {
  const lower = base.toLowerCase();
  const forms = new Set([lower, toGerund(lower)]);
  forms.add(/(?:s|sh|ch|x|z|o)$/.test(lower) ? `${lower}es` : /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : `${lower}s`);
  const irregular = [...IRREGULAR_FORMS].filter(([, formBase]) => formBase === lower).map(([form]) => form);
  for (const form of irregular) forms.add(form);
  if (irregular.length === 0) {
    const stem = toGerund(lower).slice(0, -'ing'.length);
    forms.add(/[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ied` : lower.endsWith('e') ? `${lower}d` : `${stem}ed`);
  }
  return [...forms];
}

/** Auxiliaries and forms of "be"/"have"/"do" that make a finite clause. */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'does', 'do', 'did', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "won't", "can't", "'s",
]);

/**
 * True for a word that is very likely a finite verb: an auxiliary, an irregular past ("went"), or a
 * regular past ("arrived"). Third-person "-s" is left out: it cannot be told from a plural noun.
 */
export function isFiniteVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (FINITE_AUXILIARIES.has(lower)) return true;
  const irregular = IRREGULAR_FORMS.get(lower);
  if (irregular !== undefined && !lower.endsWith('s')) return true;
  return lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed');
}
