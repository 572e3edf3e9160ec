import { phraseTable, type PhraseTable } from './phrase-table.js';

// Word lists behind the quality warnings. Strategyn's rules for a desired outcome statement: it names no
// solution or technology, is measurable and unambiguous, and is written about the job, not by the person
// doing it. The lists are curated, matched on whole normalized words, and deliberately leave out words that
// are ordinary nouns in a job ("system", "platform", "email", "menu", "alert", "application").

/** Solutions, technologies, features and product or brand names. */
export const SOLUTION_TERMS: PhraseTable<true> = phraseTable(
  [
    'app', 'apps', 'mobile app', 'software', 'tool', 'tools', 'feature', 'features', 'button', 'buttons',
    'dashboard', 'dashboards', 'spreadsheet', 'spreadsheets', 'ai', 'artificial intelligence', 'machine learning',
    'chatbot', 'chatbots', 'bot', 'bots', 'algorithm', 'algorithms', 'website', 'websites', 'web site', 'webpage',
    'web page', 'portal', 'plugin', 'plugins', 'plug in', 'widget', 'widgets', 'checkbox', 'dropdown', 'drop down',
    'popup', 'pop up', 'user interface', 'ui', 'api', 'apis', 'database', 'databases', 'crm', 'erp', 'saas',
    'notification', 'notifications', 'push notification', 'qr code', 'automate', 'automated', 'automatically',
    'automation', 'gpt', 'llm', 'blockchain', 'excel', 'salesforce', 'slack', 'sap', 'quickbooks', 'google',
    'microsoft', 'microsoft teams', 'jira', 'confluence', 'zendesk', 'hubspot', 'xero', 'netsuite', 'oracle',
    'trello', 'asana', 'whatsapp', 'chatgpt', 'openai', 'iphone', 'ipad', 'android', 'ios', 'sharepoint',
    'dropbox', 'docusign', 'paypal', 'shopify', 'tableau', 'power bi', 'looker', 'airtable', 'datev',
  ].map((term) => [term, true] as const),
);

export type VagueKind = 'speed' | 'ease' | 'quality';

/** Adjectives and adverbs that cannot be measured, by the metric that would replace them. */
export const VAGUE_TERMS: PhraseTable<VagueKind> = phraseTable([
  ...['quick', 'quickly', 'quicker', 'fast', 'faster', 'fastest', 'rapid', 'rapidly', 'speedy', 'speedily', 'slow',
    'slowly', 'slower', 'timely', 'promptly'].map((word) => [word, 'speed'] as const),
  ...['easy', 'easily', 'easier', 'easiest', 'simple', 'simpler', 'simply', 'effortless', 'effortlessly', 'convenient',
    'conveniently', 'intuitive', 'intuitively', 'seamless', 'seamlessly', 'smooth', 'smoothly', 'painless',
    'hassle free', 'user friendly', 'straightforward', 'streamlined'].map((word) => [word, 'ease'] as const),
  ...['better', 'best', 'good', 'great', 'improved', 'optimal', 'optimally', 'efficient', 'efficiently',
    'inefficient', 'effective', 'effectively', 'excellent', 'proper', 'properly', 'nice', 'appropriate',
    'appropriately', 'adequate', 'adequately'].map((word) => [word, 'quality'] as const),
]);

/** The measurable phrase each kind of vague word should give way to. */
export const VAGUE_REPLACEMENTS: Readonly<Record<VagueKind, string>> = {
  speed: "'the time it takes to'",
  ease: "'the effort required to' or 'the number of steps needed to'",
  quality: "'the likelihood of' or 'the number of'",
};

/**
 * First-person words, matched on the lower-case word with its apostrophe so "we'll" is caught and
 * "well" is not. "us" only counts when not written "US" (the country).
 */
export const FIRST_PERSON_WORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', "i'd", "i'm", "i've", "i'll",
  "we'd", "we're", "we've", "we'll", 'id like', 'im',
]);

/**
 * Articles, possessives and object pronouns: a content word followed by one of these is most likely a verb
 * taking an object ("and approve the invoice"). "each", "every", "this" are left out because they start
 * time expressions after a noun ("invoices and receipts each month").
 */
export const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'your', 'it', 'them']);

/** Words that cannot be the verb of a second clause (articles, prepositions, pronouns, conjunctions ...). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...OBJECT_OPENERS,
  'this', 'these', 'those', 'each', 'every', 'some', 'all', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'about', 'over', 'under', 'between',
  'among', 'through', 'across', 'after', 'before', 'during', 'without', 'within', 'against', 'per', 'via', 'than',
  'as', 'not', 'also', 'then', 'both', 'either', 'neither', 'nor', 'and', 'or', 'that', 'which', 'who', 'whom',
  'whose', 'what', 'when', 'where', 'while', 'how', 'why', 'if', 'so', 'other', 'another', 'more', 'less', 'most',
  'least', 'such', 'same', 'only', 'even', 'just', 'up', 'down', 'out', 'off', 'there', 'here', 'is', 'are', 'was',
  'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'could', 'will', 'would',
  'should', 'may', 'might', 'must', 'no', 'many', 'much', 'few', 'several', 'one', 'two', 'three',
]);

/**
 * Verbs that, right after "and"/"or", start a second outcome ("... and reduce the number of errors"),
 * unless used as a noun ("an increase in", "the reduction of").
 */
export const SECOND_OUTCOME_VERBS: ReadonlySet<string> = new Set([
  'minimize', 'reduce', 'decrease', 'increase', 'maximize', 'improve', 'ensure', 'avoid', 'eliminate', 'prevent',
  'enhance', 'optimize', 'boost', 'simplify', 'streamline', 'mitigate', 'guarantee', 'accelerate', 'expedite',
  'speed', 'shorten', 'minimizing', 'reducing', 'decreasing', 'increasing', 'maximizing', 'improving', 'ensuring',
  'avoiding', 'eliminating', 'preventing',
]);

/** Words allowed between "and"/"or" and the verb of a second clause ("and then approve the invoice"). */
export const CLAUSE_FILLERS: ReadonlySet<string> = new Set(['then', 'also', 'to', 'thereby']);
