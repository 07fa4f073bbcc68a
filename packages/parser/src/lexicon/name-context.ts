import { PREPOSITIONS } from './function-words';

/**
 * "he's", "she’d", "he'll": a contraction is one token and keeps its pronoun's gender ("Batinovich explained that he'd
 * seen her" is a man: the "her" after it had made him a woman).
 */
function contracted(pronoun: string): string[] {
  return ['s', 'd', 'll'].flatMap((end) => [`${pronoun}'${end}`, `${pronoun}’${end}`]);
}

/** Words that mark a man in the text after his name: pronouns and titles. */
export const MALE_WORDS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself', 'mr.', 'mr', ...contracted('he')]);
/** Words that mark a woman in the text after her name: pronouns and titles. */
export const FEMALE_WORDS: ReadonlySet<string> = new Set([
  'she',
  'her',
  'hers',
  'herself',
  'ms.',
  'mrs.',
  'ms',
  'mrs',
  'miss',
  ...contracted('she'),
]);
/** Relatives by the gender they give the name after them ("his wife Donna", "her son, Jack,"). */
export const KINSHIP_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['wife', 'f'],
  ['husband', 'm'],
  ['son', 'm'],
  ['daughter', 'f'],
  ['mother', 'f'],
  ['father', 'm'],
  ['mom', 'f'],
  ['dad', 'm'],
  ['brother', 'm'],
  ['sister', 'f'],
  ['grandson', 'm'],
  ['granddaughter', 'f'],
  ['grandmother', 'f'],
  ['grandfather', 'm'],
  ['niece', 'f'],
  ['nephew', 'm'],
  ['aunt', 'f'],
  ['uncle', 'm'],
  ['girlfriend', 'f'],
  ['boyfriend', 'm'],
  ['widow', 'f'],
  ['widower', 'm'],
]);
/** Singular nouns for an unnamed person that say the gender a later "he" or "she" has ("a company spokeswoman"). */
export const GENDERED_NOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...KINSHIP_GENDER,
  ['spokesman', 'm'],
  ['spokeswoman', 'f'],
  ['chairman', 'm'],
  ['chairwoman', 'f'],
  ['businessman', 'm'],
  ['businesswoman', 'f'],
  ['congressman', 'm'],
  ['congresswoman', 'f'],
  ['man', 'm'],
  ['woman', 'f'],
]);
/** Words after which a name is not a subject ("talks between the U.S. and North Korea"). */
export const NOT_SUBJECT_BEFORE: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  'and',
  'or',
  'between',
  'than',
  'like',
  'unlike',
  'including',
  'with',
  'against',
  'versus',
  'vs.',
  'toward',
  'towards',
  'despite',
  'besides',
  'except',
  // "its American Depositary Receipts", "their Honda": a possessed name is a thing of the subject's.
  'its',
  'their',
  'our',
]);
/** Verbs in the imperative that open a headline or a sentence before a name and are no part of it ("Remember Martin Shkreli?", "Meet Jane Doe"). */
export const IMPERATIVE_OPENERS: ReadonlySet<string> = new Set([
  'remember',
  'meet',
  'imagine',
  'consider',
  'blame',
  'forget',
  'thank',
  'watch',
]);

/** Currencies as wire copy writes them after a country ("6.28 billion U.S. Dlrs", "Swiss Francs"): a run ending in one names no one. */
export const CURRENCY_UNITS: ReadonlySet<string> = new Set([
  'dlrs',
  'dollars',
  'dollar',
  'yen',
  'francs',
  'marks',
  'stg',
  'lire',
  'pesos',
  'cts',
  'guilders',
]);

/** Function words that open a sentence before a name and are not part of it ("Despite Putin's ..."). */
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set([
  // A letter's salutation ("a “Dear Members of the Chicago Faith Community” letter").
  'dear',
  'the',
  'a',
  'an',
  'despite',
  'but',
  'and',
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'if',
  'as',
  'for',
  'with',
  'however',
  'meanwhile',
  'according',
  'since',
  'although',
  'though',
  'so',
  'then',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'there',
  'here',
  'what',
  'why',
  'how',
  'where',
  'who',
  'by',
  'from',
  'to',
  'of',
  'under',
  // ... and the particles a headline capitalizes ("Calls Out Ted Cruz", "Is Over Marco Rubio").
  'over',
  'out',
  'off',
  'into',
  'about',
  'against',
  'during',
  'last',
  'latest',
  'now',
  'thus',
  'yet',
  'like',
  'unlike',
  'once',
  'both',
  'all',
  'even',
  'only',
  'also',
  'still',
  'instead',
  'nevertheless',
  'meanwhile',
  'other',
  'others',
  'many',
  'some',
  'most',
  'several',
  'few',
  'every',
  'each',
  'another',
  'such',
  'no',
  'any',
  // "Neither Mnuchin nor Powell would say": the coordination opens no name.
  'neither',
  'either',
  // "I'm Terry Gross", "Please feel free to reply": a contraction or an imperative opening the sentence.
  "i'm",
  'i’m',
  "i've",
  'i’ve',
  "we're",
  'we’re',
  'please',
  // Page furniture: "Enlarge this image", "Read more about them"; a photo's credit line ("Courtesy Jean Sinofsky",
  // "Photo Jane Doe"; "Buy Photo Glen Swanson" in name-index).
  'enlarge',
  'read',
  // ("Tweet Share Clifford Chattman": a page's share buttons before a credit line.)
  'tweet',
  'share',
  'courtesy',
  'photo',
]);
/** Adverbs that open a sentence with a comma and are not names ("Eventually, the team ..."). */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'however',
  'meanwhile',
  'instead',
  'still',
  'later',
  'now',
  'then',
  'today',
  'yesterday',
  'also',
  'first',
  'second',
  'third',
  'last',
  'moreover',
  'furthermore',
  'nevertheless',
  'nonetheless',
  'indeed',
  'yet',
  'thus',
  'hence',
  'therefore',
  'otherwise',
  'besides',
  'overall',
  'again',
  'here',
  'there',
  'so',
  'well',
  'yes',
  'no',
  'earlier',
  'afterwards',
  'meantime',
  'instead',
  'still',
  'sometimes',
  'often',
  'once',
  'twice',
  'tonight',
  'tomorrow',
]);
/**
 * Lowercase particles that belong to a person's name ("Bill de Blasio", "Ursula von der Leyen", "Fabiano di Marco", "João
 * dos Santos"), as no title before a name does.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  ...['de', 'da', 'del', 'di', 'della', 'dos', 'das', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'la', 'le', 'du'],
]);

/**
 * Whether a word is an Arabic family name with its article or patronymic, capitalized after the hyphen ("al-Assad",
 * "el-Sisi", "bin-Talal"): a name's word though it opens in lowercase, and a part of the surname, not a given name.
 */
export function isArticleSurname(word: string): boolean {
  return ARTICLE_SURNAME.test(word);
}
const ARTICLE_SURNAME = /^(?:al|el|bin|ibn|abu|ben)-\p{Lu}/u;

/** Lowercase words inside a name ("Bank of Canada", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'of', 'and', '&']);

/** Connectors capitalized inside a name, as bodies title their names and no person's name does (not "And": Reuters
 * capitalizes it after "U.S."). */
export const TITLE_CASE_CONNECTORS: ReadonlySet<string> = new Set(['For', 'Of', 'The']);
/** Words that open an adverbial phrase or clause before a sentence's subject ("Down the street,", "When asked,"). */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'down',
  'up',
  'following',
  'when',
  'while',
  'as',
  'despite',
  'like',
  'but',
  'meanwhile',
  'later',
  'earlier',
  'then',
  'now',
  'once',
  'asked',
]);

/** Given names and other words that end like a verb form ("Irving Berlin", "Mildred Lee", "Boeing", "Spring training"). */
const NAMES_IN_ING_ED: ReadonlySet<string> = new Set([
  ...['irving', 'sterling', 'channing', 'ewing', 'manning', 'fleming', 'harding', 'browning', 'keating'],
  ...['boeing', 'viking', 'spring', 'string', 'thing', 'bring', 'swing', 'sting', 'sing'],
  ...['alfred', 'wilfred', 'mildred', 'winifred', 'manfred', 'mohammed', 'muhammed', 'mohamed', 'ahmed', 'hamed', 'javed'],
]);

/** Adjectives of rank that open a description, never a name ("Top Clinton adviser", "Former Republican senator"). */
export const RANK_ADJECTIVES: ReadonlySet<string> = new Set(['top', 'former', 'senior', 'longtime', 'fellow', 'rival']);

/** Numbers and adverbs that open a sentence and name no one ("One of the men, ...", "Back in 1999, ...", "Just before ..."). */
export const NOT_NAME_OPENERS: ReadonlySet<string> = new Set([
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'back', 'just', 'ever'],
  // "Thanks as always for reading", "Not weeks, not months", "Whenever I feel ...".
  ...['thanks', 'not', 'whenever', 'wherever'],
  // Answers and interjections opening a sentence ("Most haven’t, right? Right?", "Yes.", "Okay, ..."): no one's name.
  ...['right', 'yes', 'no', 'okay', 'ok', 'sure', 'well', 'exactly', 'really', 'anyway'],
]);

/** Counts that open a sentence before a name of the people counted ("Three Blue Origin employees"). */
export const COUNT_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

// Patterns with \p{...} are module constants: a bundler targeting Node (esbuild, tsx) rewrites such a literal as
// `new RegExp(...)`, which inside a function builds the pattern again on every call.
// ("Fact-checking Donald Trump": a hyphenated verb form too; the hyphen separates the runs, so they cannot backtrack.)
const VERB_FORM_ING = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*ing$/u;
const VERB_FORM_ING_ED = /^\p{Lu}\p{Ll}{3,}(?:-\p{Ll}+)*(?:ing|ed)$/u;

/**
 * Whether a capitalized word is a verb form opening a sentence or headline ("Continuing", "Understated"), not a given
 * name that ends like one: in -ing, or with `pastToo` in -ed as well.
 */
export function isVerbFormOpener(word: string, pastToo: boolean): boolean {
  return (pastToo ? VERB_FORM_ING_ED : VERB_FORM_ING).test(word) && !NAMES_IN_ING_ED.has(word.toLowerCase());
}

/** Words that join a body's name ("Center for Disease Control", "Bank of Japan"). */
export const NAME_JOINS: ReadonlySet<string> = new Set(['for', 'of', 'and', '&']);

/** A generation written after a surname ("Jr.", "Sr.", "III"), in any case, with or without its period. */
export function isGeneration(word: string): boolean {
  return GENERATION.test(word);
}
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/i;
