// Closed word classes the rewriter relies on. Lower-case keys as produced by `tokenizeSentence`.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter((word) => word !== ''));

/** Articles, possessives and demonstratives that open a noun phrase. */
export const DETERMINERS = set('the a an my our your their his her its this that these those some any every each no all both');

/** Subjects a statement must not keep: the speaker or the listener. */
export const PERSON_SUBJECTS = set(`i we you i'm we're you're i'll we'll you'll i'd we'd you'd i've we've you've someone somebody`);

/** First and second person words that a statement must not contain after neutralization. */
export const PERSONAL_WORDS = set(`${[...PERSON_SUBJECTS].join(' ')} me us myself ourselves yourself yourselves mine ours yours`);

/** Possessives rewritten to "the" ("my bank feed" -> "the bank feed"). */
export const NEUTRALIZED_POSSESSIVES = set('my our your');

/** Object pronouns dropped from an object ("send me the invoice" -> "send the invoice"). */
export const DROPPED_PRONOUNS = set('me us myself ourselves yourself yourselves mine ours own');

/** Modal and auxiliary words between a subject and its verb. */
export const MODALS = set(`will would might may could can should must shall going to gonna have has had got gotta need needs`);

/** Negated auxiliaries, which turn a worry clause into "not ...ing". */
export const NEGATED_MODALS = set(`won't wouldn't can't cannot couldn't don't doesn't didn't never not shouldn't`);

/** Adverbs skipped between a subject or "to" and the verb, and dropped from objects. */
export const ADVERBS = set(`manually always sometimes often constantly usually normally typically still also even ever somehow
  eventually accidentally occasionally regularly frequently physically personally first then quickly easily properly efficiently
  automatically faster quicker fast sooner constantly repeatedly inevitably probably definitely certainly again anymore`);

/** Adverbs that make a plain-present "I miss ..." a habitual failure rather than nostalgia. */
export const FREQUENCY_ADVERBS = set('always sometimes often occasionally constantly regularly frequently repeatedly inevitably still keep keeps kept');

/** Forms of "be", which make a clause a description, not an action. */
export const COPULAS = set(`be is am are was were been being 's`);

/** Prepositions, conjunctions and other words that cannot end an object or be its head verb. */
export const FUNCTION_WORDS = set(`${[...DETERMINERS].join(' ')} of for to in on at by with from into onto about over under between
  among through across after before during without within against per via than as not also then either neither nor and or
  but that which who whom whose what when where while how why if so there here is are was were be been being has have had
  do does did can could will would should may might must just up down out off it them they he she it's there's than`);

/** Words too vague to be the content of an object on their own. */
export const EMPTY_NOUNS = set(`it them this that these those everything something anything nothing stuff things thing one all
  everyone someone anyone people lot lots bit part way ones`);

/** Clause-introducing words at which an object is cut before a first-person subject. */
export const COMPLEMENTIZERS = set('that whether if what where who how which when why so because');

/** Markers that open a contextual clarifier ("when closing the month"). */
export const CLARIFIER_MARKERS = set('when whenever while before after once until');

/** Words that end an object: what follows is a reason, a contrast or a second thought. */
export const CUT_WORDS = set(`because cause 'cause cos since although though unless but whereas like`);

/** Particles that legitimately end a phrasal verb ("before it goes out", "sign off"). */
export const FINAL_PARTICLES = set('up down out off');

/** Units of time; plural or counted they are a duration, which a statement's metric already covers. */
export const TIME_UNITS = set('second seconds minute minutes hour hours day days week weeks month months year years ages forever');

/** Counting words before a time unit ("a few hours", "two days", "the whole day"). */
export const COUNT_WORDS = set(`a an one two three four five six seven eight nine ten eleven twelve few couple several many some
  whole entire half full of more than over about around almost nearly like least`);

/** Verbs of wanting and feeling: "I'm afraid I'll want to ..." does not fear an action. */
export const MENTAL_VERBS = set('want wish hope like love hate need try avoid prefer think feel know mean guess');

/** Period words after "every"/"each"/"all" ("every week", "all the time"). */
export const PERIOD_WORDS = set('day week month year time morning afternoon evening night quarter weekend friday monday');

/** Solutions, technologies and products a statement must not name. "email" and "system" are job nouns and stay. */
export const SOLUTION_TERMS = set(`spreadsheet spreadsheets excel sheets app apps software tool tools dashboard dashboards portal
  portals plugin plugins slack whatsapp quickbooks xero sap salesforce crm erp jira trello asana notion outlook gmail chatgpt
  website sharepoint dropbox docusign paypal shopify airtable datev netsuite hubspot zendesk google microsoft teams-chat
  chatbot bot macro macros vba`);

/** Prepositions that attach a solution to an object ("copy the totals into Excel"). */
export const SOLUTION_PREPOSITIONS = set('in into on onto from via using with through to inside within off');

/** Idioms whose "and" does not start a second outcome. */
export const AND_IDIOMS = set('back-and-forth pros-and-cons trial-and-error profit-and-loss terms-and-conditions black-and-white ins-and-outs over-and-over');

/**
 * Verbs that, after "and"/"or", start a second action and so end the object (a statement holds one
 * outcome). The job-step verbs plus common office verbs.
 */
export const ACTION_VERBS = set(`check verify validate approve reconcile confirm compare send enter pay file book submit process
  run do make get go call email phone fix correct change adjust update rework redo find gather collect search look chase track
  monitor follow close finish report archive sign copy paste print scan upload download type retype re-enter attach forward
  ask tell wait spend put set organize prepare arrange sort review explain try start begin`);

/** Tails that add nothing ("... and stuff", "... or whatever"). */
export const EMPTY_TAILS: readonly (readonly string[])[] = [
  ['and', 'stuff'], ['and', 'everything'], ['and', 'so', 'on'], ['and', 'all', 'that'], ['or', 'something'], ['or', 'whatever'],
  ['etc'], ['and', 'things'], ['or', 'anything'], ['and', 'whatnot'], ['and', 'that'],
];

/** Words ending in "ing" that are not gerunds. */
export const NON_GERUNDS = set(`thing something anything nothing everything morning evening during ceiling king ring spring string
  bring sing wing sibling building meeting funding pricing wording heading timing`);

/** True for an -ing word that can start a gerund phrase ("reconciling", "chasing"). */
export function isGerund(key: string): boolean {
  return key.length >= 5 && key.endsWith('ing') && !NON_GERUNDS.has(key);
}
