import { DETERMINERS, beforeAsideConnective } from './function-words';
import { PRONOUN_AND_BE } from './pronouns';
import { isArticleSurname } from './name-context';
import { isLowercaseWord, startsUpper } from '../tokens';

/**
 * Verbs of speech and communication that attribute a claim, by lemma. A broad, general lexicon
 * (not tuned to any article set): regular forms are derived, irregular ones listed.
 */

/** Lemmas whose past tense and participle are irregular: lemma -> [3rd person, past, -ing]. */
const IRREGULAR: Record<string, readonly string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'writing', 'written'],
  read: ['reads', 'read', 'reading'],
  tweet: ['tweets', 'tweeted', 'tweeting'],
  post: ['posts', 'posted', 'posting'],
  testify: ['testifies', 'testified', 'testifying'],
  reply: ['replies', 'replied', 'replying'],
  deny: ['denies', 'denied', 'denying'],
  forecast: ['forecasts', 'forecast', 'forecasting'],
  swear: ['swears', 'swore', 'swearing', 'sworn'],
  speak: ['speaks', 'spoke', 'speaking', 'spoken'],
  admit: ['admits', 'admitted', 'admitting'],
  quip: ['quips', 'quipped', 'quipping'],
  rebut: ['rebuts', 'rebutted', 'rebutting'],
  signal: ['signals', 'signalled', 'signaled', 'signalling', 'signaling'],
  emphasise: ['emphasises', 'emphasised', 'emphasising'],
  stress: ['stresses', 'stressed', 'stressing'],
  reiterate: ['reiterates', 'reiterated', 'reiterating'],
  cry: ['cries', 'cried', 'crying'],
  shoot: ['shoots', 'shot', 'shooting'],
  // (A final consonant doubled: "snapped", "bragged".)
  snap: ['snaps', 'snapped', 'snapping'],
  brag: ['brags', 'bragged', 'bragging'],
  deadpan: ['deadpans', 'deadpanned', 'deadpanning'],
};

/** Regular lemmas: verbs that introduce what someone said, wrote or claimed. */
const REGULAR = [
  'add',
  'acknowledge',
  'admit',
  'advise',
  'affirm',
  'agree',
  'allege',
  'announce',
  'answer',
  'argue',
  'ask',
  'assert',
  'assure',
  'boast',
  'brag',
  'caution',
  'charge',
  'chant',
  'claim',
  'comment',
  'complain',
  'concede',
  'conclude',
  'confirm',
  'contend',
  // Only beside a quotation ("He continued, “...”"): not a clause lemma, so "continued to rise" reports nothing.
  'continue',
  'counter',
  'declare',
  'demand',
  'describe',
  'disclose',
  'dispute',
  'echo',
  'emphasize',
  'estimate',
  'explain',
  'exclaim',
  'grumble',
  'hint',
  'indicate',
  'inform',
  'insist',
  'joke',
  'lament',
  'maintain',
  'mention',
  'muse',
  'note',
  'object',
  'observe',
  'plead',
  'point',
  'predict',
  'proclaim',
  'promise',
  'propose',
  'protest',
  'recall',
  'recount',
  'remark',
  'report',
  'respond',
  'retort',
  'reveal',
  'scoff',
  'shout',
  'speculate',
  'state',
  'suggest',
  'urge',
  'vow',
  'warn',
  'whisper',
  'wonder',
  'worry',
  'yell',
  'acknowledge',
  'calculate',
  'caution',
  'conclude',
  'elaborate',
  'maintain',
  'reason',
  'recommend',
  'remind',
  'reckon',
  'sigh',
  'summarize',
  'underline',
  'underscore',
  'write',
  'call',
  'express',
  // Manners of speaking, beside a quotation ("“I can't believe it,” mumbled one onlooker").
  ...['mumble', 'mutter', 'murmur', 'scream', 'gush', 'marvel', 'gripe', 'fume'],
  ...['interject', 'bark', 'laugh', 'chuckle', 'crack', 'confess', 'surmise'],
  ...['boom', 'thunder', 'bellow', 'roar', 'sneer', 'taunt', 'intone', 'groan', 'rant', 'sniff'],
  // ("“This is fantastic!” beamed Donald Hartley", "“Grizzly Adams?” Maddow repeated".)
  ...['beam', 'smile', 'opine', 'posit', 'exhort', 'repeat', 'press'],
  // Only with "back" ("“No way,” Trump fired back"): see BACK_ONLY.
  ...['fire', 'hit'],
];

/** Third person, past and -ing forms of a regular verb ("warn" -> warns, warned, warning). */
export function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  return [third, past, `${stem}ing`];
}

function build(): Map<string, string> {
  const forms = new Map<string, string>();
  for (const lemma of REGULAR) {
    forms.set(lemma, lemma);
    for (const form of regularForms(lemma)) forms.set(form, lemma);
  }
  for (const [lemma, irregular] of Object.entries(IRREGULAR)) {
    forms.set(lemma, lemma);
    for (const form of irregular) forms.set(form, lemma);
  }
  return forms;
}

/** Every inflected form of a cue verb (lowercase) mapped to its lemma: "told" -> "tell". */
export const CUE_FORMS: ReadonlyMap<string, string> = build();

/**
 * Lemmas that take a reported clause ("said that ...", "warned ..."): the rest only attribute a
 * direct quotation next to them ("... ," she joked), since "he called the plan" is not speech.
 */
export const CLAUSE_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'acknowledge',
  'admit',
  'affirm',
  'agree',
  'allege',
  'announce',
  'argue',
  'assert',
  'assure',
  'boast',
  'brag',
  'caution',
  'claim',
  'complain',
  'concede',
  'conclude',
  'confirm',
  'contend',
  'counter',
  'declare',
  'emphasize',
  'emphasise',
  'estimate',
  'explain',
  'forecast',
  'insist',
  'maintain',
  'mention',
  'note',
  'observe',
  'predict',
  'proclaim',
  'promise',
  'recall',
  'report',
  'respond',
  'reply',
  'reveal',
  'speculate',
  'state',
  'stress',
  'suggest',
  'swear',
  'testify',
  'tweet',
  'vow',
  'warn',
  'write',
  'reiterate',
  'underline',
  'underscore',
  'reckon',
  'point',
  'post',
  'joke',
  'lament',
  'muse',
  'remark',
  'recount',
  'call',
  'urge',
  'advise',
  'allege',
  'confess',
]);

/** Slot of a word's first three letters (a-z, then a-z or "other", twice) in CUE_PREFIXES. */
function prefixSlot(word: string): number {
  const second = word.length > 1 ? word.charCodeAt(1) - 97 : 26;
  const third = word.length > 2 ? word.charCodeAt(2) - 97 : 26;
  return ((word.charCodeAt(0) - 97) * 27 + (second >= 0 && second < 26 ? second : 26)) * 27 + (third >= 0 && third < 26 ? third : 26);
}

/**
 * By the first three letters of the cue forms, the lengths they have: bit min(length, 31) set for each. Every word of
 * every sentence is asked whether it is a cue; this table answers "no" for most ("the", "of", "is") without a Map
 * look-up. (Three letters, not two: on Reuters two let 46% of the lowercase words through to the Map, three 16%; the
 * lengths turn back a third of those, 10% go through: "for" shares its letters with "forecast", "not" with "note", "which"
 * with "whisper", none of them of its length.)
 */
const CUE_PREFIXES = (() => {
  const table = new Int32Array(26 * 27 * 27);
  for (const form of CUE_FORMS.keys()) {
    const first = form.charCodeAt(0);
    const slot = prefixSlot(form);
    if (first >= 97 && first <= 122) table[slot] = (table[slot] ?? 0) | lengthBit(form);
  }
  return table;
})();

/** A word's bit in a CUE_PREFIXES entry: its length, up to 31 (every longer word shares bit 31). */
function lengthBit(word: string): number {
  return 1 << Math.min(word.length, 31);
}

/** The lemma of a cue verb form, or undefined when the word is not one (see `cueAt` for context). */
export function cueLemma(word: string): string | undefined {
  // Cue verbs are written in lowercase mid-sentence; "State" in "Secretary of State" is a name.
  // (An empty word asked first: a charCodeAt past a string's end throws the caller's optimized code away, and V8 then
  // compiles that charCodeAt as a call of the builtin for good, in the hottest functions.)
  if (word.length === 0) return undefined;
  const first = word.charCodeAt(0);
  if (first < 97 || first > 122 || ((CUE_PREFIXES[prefixSlot(word)] ?? 0) & lengthBit(word)) === 0) return undefined;
  return CUE_FORMS.get(word);
}

/** Cue forms a headline capitalizes ("Bernie Sanders Says He's Already Started ...", "..., Trevor Noah Says"). */
const HEADLINE_CUES: ReadonlySet<string> = new Set([
  ...['says', 'said', 'tells', 'told', 'warns', 'admits', 'insists', 'argues', 'vows', 'predicts', 'accuses', 'slams'],
  ...['blasts', 'denies', 'reveals', 'claims', 'urges', 'asks', 'suggests', 'explains', 'confirms', 'declares', 'pledges'],
]);

/**
 * Verbs a headline capitalizes between two names ("Christie Is Over Marco Rubio", "Donald Trump Calls Out Ted Cruz",
 * "Ted Cruz Apologizes To Ben Carson"): no word of a name, so a run of capitalized words ends before one.
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  ...HEADLINE_CUES,
  ...['is', 'are', 'was', 'were', 'has', 'calls', 'apologizes', 'defends', 'addresses', 'debunks', 'attacks', 'mocks'],
  ...['praises', 'endorses', 'rips', 'responds', 'hits', 'wins', 'loses', 'drops', 'fires', 'thanks', 'tweets'],
]);

/** The lemma of a capitalized cue in a headline: after a capitalized word (its speaker), never opening the sentence. */
function headlineCue(tokens: readonly { text: string; lower: string }[], k: number): string | undefined {
  const token = tokens[k];
  const prev = tokens[k - 1]?.text ?? '';
  // The character tests first: this runs for every token, and most are not capitalized.
  if (token === undefined || !isUpper(token.text) || !(isUpper(prev) || prev === ',') || !HEADLINE_CUES.has(token.lower)) return undefined;
  return CUE_FORMS.get(token.lower);
}

/** Compound adjectives that come before a noun, not a subject before its verb ("COVID-19-related", "China-based"). */
const COMPOUND_ADJECTIVE = /^[\w-]+-(?:related|based|linked|era|style)$/;
/**
 * Adjectives in "-ing" before a plural noun ("misleading tweets", "conflicting reports"); not gerunds, which are subjects
 * ("the same polling suggests that ...").
 */
const ADJECTIVES_IN_ING: ReadonlySet<string> = new Set([
  ...['misleading', 'following', 'growing', 'increasing', 'conflicting', 'existing', 'upcoming', 'ongoing', 'continuing'],
  ...['disturbing', 'alarming', 'surprising', 'shocking', 'damning', 'encouraging', 'competing', 'incoming', 'recurring'],
  ...['worrying', 'troubling', 'startling', 'glowing', 'scathing', 'lingering', 'mounting', 'persisting', 'swirling'],
  ...['circulating', 'outstanding', 'preceding', 'differing', 'opposing', 'sweeping', 'damaging', 'embarrassing'],
]);
/** Media that make the "-s" form after them their reports, a plural noun ("press reports", "news reports"). */
const MEDIA_BEFORE_NOUN: ReadonlySet<string> = new Set(['press', 'news', 'media']);

const BASE_FORM_BEFORE =
  /^(?:i|we|you|they|to|will|would|could|should|can|may|might|must|did|do|does|not|also|often|still|then|and|who|people|police|staff|both|all|data|media)$/;
/** Adverbs between a plural subject and its verb's bare stem ("defenders today argue", "activists even insist"). */
const STEM_ADVERBS = /^(?:even|today|now|generally|increasingly|repeatedly|privately|publicly|widely|long|rightly|mostly)$/;

/** Cue forms that are never nouns, read as verbs after a name in "'s" ("Moody's said", "McDonald’s announced"). */
const NAME_IN_S_CUES = new Set(['said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'noted', 'stated', 'announced', 'explained']);

/** Whether `word` is a cue that makes the capitalized word in "'s" before it a name ("Moody's said"): that name keeps its "'s". */
export function takesNameInS(word: string): boolean {
  return NAME_IN_S_CUES.has(word);
}
/** "He's said", "It's said": a pronoun's "has" or "is", no name. */
const CONTRACTIONS = /^(?:he|she|it|that|there|who|what|here|where|let)['’]s$/;

function isUpper(word: string | undefined): boolean {
  // (The length asked first, as in cueLemma.)
  const first = word !== undefined && word.length > 0 ? word.charCodeAt(0) : 0;
  return first >= 65 && first <= 90;
}

/**
 * Whether the participle at tokens[k] names what an indefinite noun phrase before it is called: "a company called “Solo
 * Supplies”", "a program called STABEX", "an ambitious project called the Global Virome Project"; lowercase nouns after
 * "a" or "an", and a name after the participle (not "a man called her friend a ...", "a project he called").
 */
export function namesAThing(tokens: readonly { text: string; lower: string }[], k: number): boolean {
  const next = tokens[k + 1]?.text ?? '';
  const name = QUOTE_OPENING.test(next) || startsUpper(next) || (next === 'the' && startsUpper(tokens[k + 2]?.text ?? ''));
  if (!name) return false;
  for (let i = k - 1; i >= Math.max(0, k - 4); i -= 1) {
    const t = tokens[i];
    if (t === undefined || !isLowercaseWord(t.text) || SUBJECT_PRONOUNS.has(t.lower)) return false;
    if (t.lower === 'a' || t.lower === 'an') return i < k - 1;
  }
  return false;
}
/** Opening quotation marks. */
const QUOTE_OPENING = /^["“‘'«„]$/;
/** Pronouns that are a clause's subject ("a project he called"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who', 'which', 'that']);

/** Words that count states ("Some states", "Many states", "Both states"), written capitalized at a sentence's start. */
const STATE_COUNTS = /^(?:some|many|most|all|several|both|few|other|these|those|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;
/** Words before "states" that make it the noun ("U.S. states", "member states", "Gulf states"). */
const STATE_KINDS =
  /^(?:u\.s\.|us|member|gulf|baltic|arab|nordic|island|southern|northern|western|eastern|midwestern|border|swing|battleground|red|blue)$/;

/** Verbs that report words only as "fired back", "shot back", "hit back" (a retort), never alone. */
const BACK_ONLY: ReadonlySet<string> = new Set(['fire', 'shoot', 'hit']);

/** Prepositions after which a cue's participle is an adjective ("of confirmed cases", "among reported deaths"). */
const PREPOSITIONS_BEFORE_ADJECTIVE: ReadonlySet<string> = new Set(['of', 'among', 'than']);

/** Whether a cue verb stands among tokens[from, to). */
export function hasCueIn(tokens: readonly { text: string; lower: string }[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (cueAt(tokens, k) !== undefined) return true;
  return false;
}

/** The lemma of the cue verb at tokens[k] in context: not after a determiner ("a claim", "his remarks"). */
export function cueAt(tokens: readonly { text: string; lower: string }[], k: number): string | undefined {
  const token = tokens[k];
  if (token === undefined) return undefined;
  const lemma = cueLemma(token.text) ?? headlineCue(tokens, k);
  if (lemma === undefined || (BACK_ONLY.has(lemma) && tokens[k + 1]?.lower !== 'back')) return undefined;
  const prev = tokens[k - 1]?.lower ?? '';
  // ... nor after a possessive ("Putin's remarks", "Francis' remarks"); but a verb that is no noun after a capitalized
  // word in "'s" has a business's name for its subject ("Moody's said", "Kohl’s told investors").
  if (
    DETERMINERS.has(prev) ||
    (/['’]s$/.test(prev) &&
      !(NAME_IN_S_CUES.has(token.lower) && isUpper(tokens[k - 1]?.text) && !CONTRACTIONS.test(prev)) &&
      // "he’s saying", "she’s suggesting": a pronoun and its "is", not a possessive.
      !(PRONOUN_AND_BE.test(prev) && token.lower.endsWith('ing'))) ||
    ((prev === "'" || prev === '’') && /s$/i.test(tokens[k - 2]?.text ?? ''))
  )
    return undefined;
  // "80 percent of confirmed cases", "among reported deaths": a participle after a preposition qualifies a noun. (Not
  // "All of the experts I spoke with agreed ...": a preposition a relative clause leaves at its end.)
  if (token.lower.endsWith('ed') && PREPOSITIONS_BEFORE_ADJECTIVE.has(prev) && tokens[k + 1]?.lower !== 'that') return undefined;
  // "Current estimates suggest that ...", "Early reports say": a plural noun before the verb, not a verb with its subject.
  // ("Industry reports estimated the output": the same before a verb's past.)
  const next = tokens[k + 1]?.text ?? '';
  // "UAE Oil Minister Mana Said al-Oteiba": the Arabic name Said, before a family name.
  if (token.text === 'Said' && isArticleSurname(next)) return undefined;
  const nextLemma = token.lower.endsWith('s') && token.lower !== lemma ? cueLemma(next) : undefined;
  if (nextLemma !== undefined && (nextLemma === next || next.endsWith('ed') || next === 'said' || next === 'found')) return undefined;
  // "misleading COVID-19-related tweets that ...", "the following reports": an "-s" form after an adjective is a plural noun.
  if (
    token.lower.endsWith('s') &&
    lemma !== 'say' &&
    (COMPOUND_ADJECTIVE.test(prev) ||
      ADJECTIVES_IN_ING.has(prev) ||
      // ("denounced press reports that ...", but "The press reports that ...", "Fox News reports".)
      (MEDIA_BEFORE_NOUN.has(prev) && !isUpper(tokens[k - 1]?.text) && !DETERMINERS.has(tokens[k - 2]?.lower ?? '')))
  )
    return undefined;
  // "ran a company called “Solo Supplies”": a thing named, not words said.
  if (token.lower === 'called' && namesAThing(tokens, k)) return undefined;
  // "in 30 states where ...", "the United States": "states" is a verb after a name, a pronoun or a document, or before "that".
  // ("Some states do have ...": a quantifier capitalized at the sentence's start counts the states too.)
  if (
    token.lower === 'states' &&
    !/^(?:he|she|it|which|that|who|law|rule|report|letter|statement|document|bill)$/.test(prev) &&
    (!isUpper(tokens[k - 1]?.text) || STATE_COUNTS.test(prev)) &&
    tokens[k + 1]?.lower !== 'that'
  )
    return undefined;
  // ("The first U.S. states that rolled out apps", "member states that have ...": a kind of state before "that".)
  if (token.lower === 'states' && (STATE_KINDS.test(prev) || STATE_COUNTS.test(prev))) return undefined;
  // A bare stem that is also a noun ("a Facebook post", "the report") is a verb only after a plural subject,
  // a pronoun, a modal or "to" ("they report", "officials say", "will claim").
  // ("Critics, however, argue": past a connective between commas, the word before it.)
  // ("Clinton defenders today argue", "Some activists even insist": past an adverb, the word before it.)
  // ("His critics in the United States, many of them conservative Catholics, argue that": past an aside, before "that".)
  const aside = beforeAsideConnective(tokens, k);
  const subject =
    aside < k
      ? (tokens[aside - 1]?.lower ?? '')
      : prev === ',' && tokens[k + 1]?.lower === 'that'
        ? (tokens[k - 2]?.lower ?? '')
        : STEM_ADVERBS.test(prev)
          ? (tokens[k - 2]?.lower ?? '')
          : prev;
  if (token.lower === lemma && lemma !== 'say' && !BASE_FORM_BEFORE.test(subject) && !/(?:[^s]s|ers|ists|ials)$/.test(subject))
    return undefined;
  return lemma;
}
