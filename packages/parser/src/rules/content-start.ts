import type { Token } from '../document';
import { CLAUSE_OPENERS, DETERMINERS, PREPOSITIONS, TIME_WORDS } from '../lexicon/function-words';
import { cueAt } from '../lexicon/cue-verbs';
import { OBJECT_PRONOUNS } from '../lexicon/pronouns';
import { isStoppingIdiom } from '../lexicon/speech-acts';
import { asideClosing, isCapitalized, isDash, isLowercaseWord, isQuoteMark, isWord, wordsIn } from '../tokens';

/** Lemmas that report speech whatever follows ("said the plan failed"); the others need "that" or a clause. */
const STRONG = new Set(['say', 'tell', 'report']);
/**
 * Pronouns that are only ever subjects: after a cue that may take a hearer, they open its content, never name the hearer
 * ("promised he would stand by Israel", "warned they could be in for a bumpy ride"); but "tell" wants its hearer, and
 * "she could tell they were spellbound" is seeing, not saying.
 */
const SUBJECT_ONLY_PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they']);
/**
 * Words inside a hearer's name between capitalized words ("the Securities and Exchange Commission"), the particles of
 * names in other languages among them ("the Jornal do Brasil", "Frankfurter Allgemeine der ...").
 */
const HEARER_NAME_JOINS = new Set([
  'and',
  '&',
  'of',
  'for',
  'do',
  'da',
  'dos',
  'de',
  'del',
  'della',
  'des',
  'du',
  'di',
  'der',
  'von',
  'van',
]);
/** Words that open a clause's subject after a hearer's noun ("told the company its contract would end"). */
const CLAUSE_SUBJECTS = new Set(['its', 'his', 'her', 'their', 'he', 'she', 'it', 'they', 'there']);
/** Lemmas with a hearer between the cue and the content ("told reporters", "assured them"). */
const HEARER = new Set(['tell', 'assure', 'remind', 'inform', 'warn', 'urge', 'ask', 'promise']);
/** Nouns for a gathering or medium a speaker tells ("told a news conference", "told a Senate hearing"). */
const HEARER_NOUNS = new Set([
  'conference',
  'briefing',
  'meeting',
  'audience',
  'crowd',
  'rally',
  'gathering',
  'hearing',
  'session',
  'seminar',
  'symposium',
  'forum',
  'panel',
  'committee',
  'subcommittee',
  'convention',
  'interviewer',
  'reporters',
  'journalists',
  'newspaper',
  'magazine',
  'radio',
  'television',
  'parliament',
]);
/** Words that cannot open reported content. */
const NOT_CONTENT = new Set([
  ...PREPOSITIONS,
  ...TIME_WORDS,
  'so',
  'as',
  'when',
  'while',
  'goodbye',
  'hello',
  'yes',
  'no',
  'nothing',
  'something',
  'anything',
  'too',
  'why',
  'how',
  'what',
  'ago',
  'online',
  'out',
  'up',
  'down',
  'off',
  'back',
  'goodbye',
  'sorry',
  'thanks',
  'thank',
  'however',
  'though',
  'too',
]);
/** Whether a word opens a question's clause as content ("explained why ...", "revealed how ..."). */
export function opensQuestionClause(word: string): boolean {
  return /^(?:why|how|what|whether)$/.test(word);
}

/** Lemmas whose content may be a clause opened by "why", "how", "what" or "whether" ("explained why ..."). */
const WH_CONTENT_LEMMAS = new Set(['explain', 'reveal', 'disclose', 'recount']);

/** Subordinating words that open reported content after "said" ("said while many refugees have ..."). */
export const SUBORDINATE: ReadonlySet<string> = new Set([
  'while',
  'when',
  'if',
  'as',
  'because',
  'although',
  'though',
  'once',
  'unless',
  'since',
  'before',
  'after',
]);
/** Auxiliaries and modals: a stretch with one of them is a clause ("a study had been done"). */
const AUXILIARIES =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|shouldn['’]t|doesn['’]t|didn['’]t|don['’]t)$/;

/** Past tenses right after "that" on a noun: a relative clause ("legislation that gave", "a plan that called for"). */
const PAST_AFTER_THAT = /^(?:gave|made|took|called|allowed|required|created|led|helped|sought|aimed|included|won|passed|ended)$/;

/** A verb right after "that" that makes it a relative pronoun on a noun ("a story that posted", "an interview that aired"). */
const RELATIVE_VERB = /^(?:posted|aired|ran|appeared|published|airs|runs|appears)$/;

const NUMBER_WORD =
  /^(?:\d.*|half|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|(?:one|two|three|four|nine)-(?:thirds?|quarters?|fifths?|tenths?))$/;
const A_NUMBER = /^(?:third|quarter|fifth|dozen|hundred|thousand|million|billion)$/;

/** Whether a quantity opens at tokens[i]: "20 percent", "half", "a third", "two-thirds". */
function opensQuantity(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (NUMBER_WORD.test(t.lower)) return true;
  return (t.lower === 'a' || t.lower === 'one') && A_NUMBER.test(tokens[i + 1]?.lower ?? '');
}

/** Words after "no" that keep it an answer ("said no to the deal", "said no thanks", "said no comment"). */
const ANSWER_AFTER_NO = new Set(['to', 'thanks', 'comment', 'more', 'way']);

/** Whether tokens[i] opens a negated subject: "no decision", "no one", "nothing has", "nothing happened". */
function opensNegatedSubject(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || !isLowercaseWord(next.text)) return false;
  if (tokens[i]?.lower === 'no') return !ANSWER_AFTER_NO.has(next.lower);
  return tokens[i]?.lower === 'nothing' && (AUXILIARIES.test(next.lower) || /ed$/.test(next.lower));
}

/** Whether a word cannot open reported content ("said in a statement", "said later"). */
export function cannotOpenContent(word: string): boolean {
  return NOT_CONTENT.has(word);
}

/** The comma that closes an aside of two to twelve words opening at tokens[i], or -1 (a quotation or a sentence's end first). */
function asideComma(tokens: readonly Token[], i: number, limit: number): number {
  for (let k = i; k < Math.min(limit, i + 13); k += 1) {
    const t = tokens[k];
    if (t === undefined || isQuoteMark(t) || ['.', ';', ':', '?', '!'].includes(t.text)) return -1;
    if (t.text === ',') return k - i >= 2 ? k : -1;
  }
  return -1;
}

/** Whether tokens from `i` read as a clause: a pronoun subject, or an auxiliary within a few words. */
function isClause(tokens: readonly Token[], i: number, limit: number, reach = 9): boolean {
  if (CLAUSE_OPENERS.has(tokens[i]?.lower ?? '')) return true;
  // Past the usual reach, an auxiliary counts only in the clause's own stretch: not one of a relative, subordinate or
  // coordinated clause on an object or another cue's ("a lengthy message about why no one should ...", "tweeted a photograph
  // of her bruised forearm and said she had been ...", "wrote the speech delivered by ... says he won’t ...").
  let inner = false;
  for (let k = i + 1; k < Math.min(limit, i + reach); k += 1) {
    const t = tokens[k];
    if (t === undefined || t.text === ',' || t.text === '.') return false;
    if (reach > 9 && (LONG_CLAUSE_STOPS.has(t.lower) || !isWord(t) || cueAt(tokens, k) !== undefined)) inner = true;
    // ("maintains control of the board and has total responsibility": a second verb of the cue's own subject, no clause.)
    if (AUXILIARIES.test(t.lower) && tokens[k - 1]?.lower !== 'and') {
      if (k < i + 9 || !inner) return true;
      continue;
    }
    // "Meng deceived financial institutions": a past tense right after a name.
    if (k <= i + 2 && tokens[k - 1]?.cap === true && !t.cap && t.word && /ed$/.test(t.lower)) return true;
  }
  return false;
}

/** Words after which an auxiliary belongs to another clause than the one a long subject opens. */
const LONG_CLAUSE_STOPS = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'what',
  'why',
  'how',
  'whether',
  ...SUBORDINATE,
]);

/** A modal or form of "be" or "have" right after a cue: the cue's clause has lost its subject to a relative "that". */
const GAP_VERB = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)$/;

/** Whether a subject of up to three words and a cue with a gapped clause ("economists said would") start at tokens[i]. */
export function gappedCue(tokens: readonly Token[], i: number): boolean {
  for (let c = i + 1; c <= i + 3; c += 1) {
    const t = tokens[c];
    if (t === undefined || !isWord(t)) return false;
    if (cueAt(tokens, c) !== undefined) return GAP_VERB.test(tokens[c + 1]?.lower ?? '');
  }
  return false;
}

/** Adverbs that make a phrase alone between a cue and its clause ("said repeatedly the ..."), unlike "last" or "this". */
const LONE_ADVERBS: ReadonlySet<string> = new Set([
  ...['earlier', 'later', 'previously', 'recently', 'repeatedly', 'publicly', 'privately', 'separately', 'again', 'also'],
  'afterwards',
]);

/** Skips a phrase of place or time after the cue ("in July", "in this instance,", "by email") up to a clause. */
function skipPhrase(tokens: readonly Token[], i: number, limit: number, strong: boolean): number | null {
  for (let k = i; k < Math.min(limit, i + 9); k += 1) {
    const t = tokens[k];
    if (t === undefined || (!isWord(t) && !['.', '’', "'", ',', ':'].includes(t.text))) return orNull(thatPastPhrase(tokens, i, limit));
    if (k > i && (CLAUSE_OPENERS.has(t.lower) || t.lower === 'that')) return k;
    // "said by text message the weather had been fine": a determiner opening a clause; also after one adverb ("has said
    // repeatedly the next president should choose", "said previously the exchange would ...").
    if (
      strong &&
      (k > i + 1 || (k === i + 1 && LONE_ADVERBS.has(tokens[i]?.lower ?? ''))) &&
      /^(?:the|a|an|his|her|their|its|most|many|some|all)$/.test(t.lower) &&
      isClause(tokens, k, limit)
    )
      return k;
    // "in Columbus, Ohio, that ...": a place and its state, not a clause after the comma.
    if (t.text === ',' && tokens[k + 1]?.cap === true && tokens[k + 2]?.text === ',') {
      k += 2;
      continue;
    }
    // "said too often, the ER department becomes ...": after "say" any clause follows the comma. (Not "said in an email to
    // WPEC, a local CBS affiliate, on Monday that ...": an apposition inside the phrase, and "that" past it.)
    if (k > i && t.text === ',' && isWord(tokens[k + 1]) && (strong || isClause(tokens, k + 1, limit))) {
      const that = thatPastPhrase(tokens, i, limit);
      return that > k ? that : k + 1;
    }
  }
  return orNull(thatPastPhrase(tokens, i, limit));
}

function orNull(index: number): number | null {
  return index < 0 ? null : index;
}

/**
 * The "that" ending a long phrase of place, medium or occasion opening at tokens[i] and opening a clause, or -1: "said in
 * an email to the CBS12 television station in West Palm Beach that she ...", "told supporters after his victory in the
 * South Carolina Republican primary that “when you win ...”". Only words, commas and abbreviations' points come between:
 * no auxiliary, relative or subordinate word (a clause of the phrase's own: "in the email, which was sent ...").
 */
function thatPastPhrase(tokens: readonly Token[], i: number, limit: number): number {
  let commas = 0;
  for (let k = i + 1; k < Math.min(limit, i + PHRASE_REACH); k += 1) {
    const t = tokens[k];
    if (t?.text === ',') commas += 1;
    // ("the Securities and Exchange Commission": a name's inner "and".)
    if (t?.lower === 'and' && tokens[k - 1]?.cap === true && tokens[k + 1]?.cap === true) continue;
    // ("said on the MSNBC show ''Morning Joe'' that": a show's name in quotation marks inside the phrase.)
    if (isQuoteMark(t) && quotesName(tokens, k)) continue;
    if (
      t === undefined ||
      (!isWord(t) && t.text !== ',' && t.text !== '.') ||
      AUXILIARIES.test(t.lower) ||
      LONG_CLAUSE_STOPS.has(t.lower)
    ) {
      if (t?.lower !== 'that') return -1;
      // ("... that kills livestock": a relative clause on the phrase's last noun, no content.)
      // (Nor "reported earlier this month, four states that have ...": a comma opens the content unless a second closes an
      // aside, "to WPEC, a local CBS affiliate, on Monday that", or one stands before "that".)
      if (commas % 2 === 1 && tokens[k - 1]?.text !== ',') return -1;
      const opens = isQuoteMark(tokens[k + 1]) || isClause(tokens, k + 1, limit);
      return opens && !/^(?:and|but|so|or|now|such|is|was)$/.test(tokens[k - 1]?.lower ?? '') ? k : -1;
    }
    // (An abbreviation's point, "U.S.", "Gov.", stays inside the phrase.)
    if (t.text === '.' && tokens[k - 1]?.cap !== true) return -1;
  }
  return -1;
}
/** Whether the quotation mark at tokens[k] (two apostrophes too) opens or closes a capitalized name ("“Morning Joe”"). */
function quotesName(tokens: readonly Token[], k: number): boolean {
  let next = k;
  while (isQuoteMark(tokens[next])) next += 1;
  let prev = k;
  while (isQuoteMark(tokens[prev])) prev -= 1;
  return tokens[next]?.cap === true || tokens[prev]?.cap === true;
}
/** How far a phrase before "that" is read: "in a 911 call from the scene of the shooting in a popular gay nightclub". */
const PHRASE_REACH = 20;

/**
 * Whether the cue at tokens[cue] takes a topic or an object, not reported content: "officials responding to the pandemic",
 * "businesses contend with hefty taxes", "would agree on a fiscal 1988 budget that would raise ..." (what is agreed on,
 * then a relative clause on it).
 */
export function takesTopic(tokens: readonly Token[], cue: number, lemma: string): boolean {
  const next = tokens[cue + 1]?.lower;
  return (
    (lemma === 'respond' && next === 'to') ||
    (lemma === 'contend' && next === 'with') ||
    (lemma === 'agree' && next === 'on') ||
    // ("bragged about “a roll of Hillary Clinton toilet paper that I use ...”": what the boast was about.)
    ((lemma === 'brag' || lemma === 'boast') && next === 'about')
  );
}

/**
 * Where the reported clause after the cue at tokens[cue] starts, or null when none does:
 * "said that ...", "said: ...", "told reporters ...", "said in July it ...", "said Thursday one ...".
 */
export function contentStart(tokens: readonly Token[], cue: number, limit: number, lemma: string): number | null {
  let i = cue + 1;
  if (takesTopic(tokens, cue, lemma)) return null;
  // "calling it a “global takeover”", "what he calls the UN's taking away of ...".
  if (lemma === 'call') return calledContentStart(tokens, cue, limit);
  // A participle (", adding that ...", ", saying ...") takes its content right after it; one with a
  // hearer (", telling supporters in Columbus, Ohio, that ...") is read past the hearer below.
  if (/ing$/.test(tokens[cue]?.lower ?? '') && !HEARER.has(lemma)) return participleContentStart(tokens, i, limit, lemma);
  if (tokens[i]?.text === ':') return i + 1;
  // "He added, that there’s a strong emphasis on ...": a comma before "that".
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'that' && isWord(tokens[i + 2])) return i + 1;
  // "said — on Twitter, as it happens — that ...": an aside between dashes after the cue.
  if (isDash(tokens[i])) {
    const after = asideClosing(tokens, i, limit);
    if (after < 0) return null;
    i = after;
  }
  // "states, however, that ..." / "states however, that ...".
  if (tokens[i]?.text === ',' && tokens[i + 2]?.text === ',') i += 3;
  else if (tokens[i]?.text === ',' && STRONG.has(lemma) && !/ing$/.test(tokens[i + 1]?.lower ?? '')) {
    // "said, among other things, that ...": a longer aside, then "that"; "says, win or lose in Tuesday’s primary,
    // he’s staying in the race": an aside that belongs to the clause after it.
    const close = asideComma(tokens, i + 1, limit);
    if (close > 0 && tokens[close + 1]?.lower === 'that') return close + 1;
    if (close > 0 && isClause(tokens, close + 1, limit)) return i + 1;
    return null;
  } else if (tokens[i]?.text === ',') {
    // "stated, while testifying before Congress earlier this month, that ...": an aside, then "that", after any cue.
    const close = asideComma(tokens, i + 1, limit);
    if (close > 0 && tokens[close + 1]?.lower === 'that' && isWord(tokens[close + 2])) return close + 1;
  } else if (tokens[i + 1]?.text === ',' && ['however', 'though', 'too', 'also'].includes(tokens[i]?.lower ?? '')) i += 2;
  // "that" within a short stretch ("said on Tuesday that", "told NBC's “Today” show on Wednesday that"),
  // unless a clause opens before it: in "said they are worried that ..." the content starts at "they".
  for (let k = i; k < Math.min(limit, i + 10); k += 1) {
    const t = tokens[k];
    if (t === undefined || !(isWord(t) || isQuoteMark(t))) break;
    // "told me not to make that speech": "that" inside the infinitive the hearer is told.
    if (
      t.lower === 'to' &&
      lemma !== 'say' &&
      HEARER.has(lemma) &&
      isLowercaseWord(tokens[k + 1]?.text ?? '') &&
      !/^(?:the|a|an|his|her|their|its|me|him|them|us|you|reporters)$/.test(tokens[k + 1]?.lower ?? '')
    )
      break;
    if (t.lower === 'that') {
      if (k > i && STRONG.has(lemma) && isClause(tokens, i, k)) break;
      // "told Yahoo! News in a story that posted this week that he ...": "that" of a relative clause on a noun.
      if (k > i && RELATIVE_VERB.test(tokens[k + 1]?.lower ?? '') && tokens[k - 1]?.cap === false) continue;
      // "wrote legislation that gave President Obama ...": a past tense right after "that" on the cue's object makes it
      // a relative clause on that object, no content (after "say" or "tell", "that" opens what was said).
      if (
        k > i &&
        !STRONG.has(lemma) &&
        !HEARER.has(lemma) &&
        tokens[k - 1]?.cap === false &&
        PAST_AFTER_THAT.test(tokens[k + 1]?.lower ?? '')
      )
        return null;
      // "announced another trade surplus that economists said would intensify ...": "that" of a relative clause whose
      // verb is another speaker's cue, its subject gapped ("said would"): what was announced is a thing, not a clause.
      if (k > i && tokens[k - 1]?.cap === false && gappedCue(tokens, k + 1)) return null;
      return k;
    }
  }
  return contentAfterHearer(tokens, i, limit, lemma);
}

/*
 * contentStart's first reads and its last are functions of their own rather than one body: TurboFan recompiles a
 * whole function each time a branch it has not run before is taken (a read past the last token, a rare cue), and a
 * cold pass over reuters-21578 recompiled the one body seven times; split, a rare branch recompiles one step.
 */

/** Where the content of "call" starts: "calling it a “global takeover”", "what he calls the UN's taking away of ...". */
function calledContentStart(tokens: readonly Token[], cue: number, limit: number): number | null {
  const i = cue + 1;
  // ("He called it quits after a decade": an idiom of stopping.)
  if (tokens[i]?.lower === 'it' && isStoppingIdiom(tokens, i + 1)) return null;
  // "her" is also a possessive: "calls her mother every Sunday" is a phone call.
  const predicate = tokens[i]?.lower !== 'her' || isQuoteMark(tokens[i + 1]) || /^(?:a|an|the)$/.test(tokens[i + 1]?.lower ?? '');
  if (OBJECT_PRONOUNS.has(tokens[i]?.lower ?? '') && isWord(tokens[i + 1]) && predicate) return i + 1;
  if (tokens[cue - 2]?.lower === 'what' && isWord(tokens[i])) return i;
  // "called undocumented immigrants from Mexico “rapists”": a quoted label after the one it names.
  for (let k = i + 1; k < Math.min(limit, i + 8); k += 1) {
    // (A mark of two apostrophes, as the New York Times archive writes them, is two tokens: "called it ''predatory.''".)
    if (isQuoteMark(tokens[k])) {
      const word = isQuoteMark(tokens[k + 1]) ? tokens[k + 2] : tokens[k + 1];
      return isWord(word) && !NOT_CONTENT.has(tokens[i]?.lower ?? '') ? i : null;
    }
    if (!isWord(tokens[k])) return null;
  }
  return null;
}

/** Where the content of a participle at i - 1 starts (", adding that ...", ", saying ..."): right after it, or null. */
function participleContentStart(tokens: readonly Token[], i: number, limit: number, lemma: string): number | null {
  const first = tokens[i];
  if (first === undefined || !isWord(first)) return null;
  if (first.lower === 'that' || isClause(tokens, i, limit) || ((lemma === 'say' || lemma === 'add') && !NOT_CONTENT.has(first.lower)))
    return i;
  // "stating in an interview on Fox News that the Chinese economy ...": past a phrase of medium or occasion.
  return PREPOSITIONS.has(first.lower) ? orNull(thatPastPhrase(tokens, i, limit)) : null;
}

/** Words opening a hearer's noun phrase: an article, or a possessive as in "told his aides he planned ...". */
const HEARER_ARTICLE = /^(?:the|a|an|his|their|its|our|my|your)$/;
/** The same, definite: a clause's subject right after its noun is what was told ("told his aides he planned ..."). */
const DEFINITE_HEARER = /^(?:the|his|their|its|our|my|your)$/;

/** Where the content starts at or after tokens[i], past a hearer ("told reporters"), a weekday, a phrase that is no content. */
function contentAfterHearer(tokens: readonly Token[], i: number, limit: number, lemma: string): number | null {
  let hearer = false;
  let place = -1;
  if (HEARER.has(lemma)) {
    // Skip the hearer: "told reporters", "told him", "told The Canadian Press".
    hearer = true;
    if (OBJECT_PRONOUNS.has(tokens[i]?.lower ?? '')) i += 1;
    else if (HEARER_ARTICLE.test(tokens[i]?.lower ?? '') || isCapitalized(tokens[i])) {
      const definite = DEFINITE_HEARER.test(tokens[i]?.lower ?? '');
      i += 1;
      // ... "told the Securities and Exchange Commission", "told the Department of Justice": a name's inner "and", "of".
      while (i < limit && (isCapitalized(tokens[i]) || (HEARER_NAME_JOINS.has(tokens[i]?.lower ?? '') && isCapitalized(tokens[i + 1]))))
        i += 1;
      // ("told the Liberal Democratic Party (LDP) to ...": the name's initials in parentheses.)
      if (tokens[i]?.text === '(' && tokens[i + 2]?.text === ')' && isCapitalized(tokens[i + 1])) i += 3;
      // "urged the British government “to clarify ...”": the rest of the hearer's noun phrase.
      for (let k = i; k < Math.min(limit, i + 3); k += 1) {
        const t = tokens[k];
        // "told the Kuwaiti news agency KUNA.", "told a group of Japanese businessmen.": a name (and its noun) after the
        // hearer's noun, ending the clause, is the hearer's too.
        if (t?.cap === true && k > i) {
          let end = k;
          while (end < limit && isCapitalized(tokens[end])) end += 1;
          // ("told his ruling Liberal Democratic Party (LDP) to come up with ...": the name's initials in parentheses, and
          // the infinitive told after it.)
          if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && isCapitalized(tokens[end + 1])) end += 3;
          const noun = tokens[end];
          if (noun?.word === true && !noun.cap && !AUXILIARIES.test(noun.lower) && (end + 1 >= limit || !isWord(tokens[end + 1]))) end += 1;
          if (end >= limit || !isWord(tokens[end]) || tokens[end]?.lower === 'to') i = end;
          break;
        }
        if (t === undefined || !t.word || t.cap || t.lower === 'to' || t.lower === 'that' || CLAUSE_OPENERS.has(t.lower)) break;
        if (tokens[k + 1]?.lower === 'to' || tokens[k + 1]?.lower === 'that' || isQuoteMark(tokens[k + 1])) i = k + 1;
        // "told the company its Medicare contract would be terminated": a clause's subject after the hearer's noun.
        else if (
          definite &&
          !/^(?:who|whom|which)$/.test(t.lower) &&
          CLAUSE_SUBJECTS.has(tokens[k + 1]?.lower ?? '') &&
          isClause(tokens, k + 1, limit)
        ) {
          i = k + 1;
          break;
        }
        // "told a news conference the government should ...": a gathering heard it, and a clause follows.
        else if (HEARER_NOUNS.has(t.lower) && isClause(tokens, k + 1, limit)) {
          i = k + 1;
          break;
        }
        // ("told an American Stock Exchange conference, a decline in the dollar ... would": after a comma too.)
        else if (HEARER_NOUNS.has(t.lower) && tokens[k + 1]?.text === ',' && isClause(tokens, k + 2, limit)) {
          i = k + 2;
          break;
        }
        // "told the court in his filing": a phrase of place or time after the hearer, not content.
        // (When nothing reads as content past it, the words after the hearer's noun are read as before: "told a Nikkei
        // conference on Tokyo financial markets “I want ...”".)
        else if (k === i && !AUXILIARIES.test(t.lower) && tokens[k + 1]?.lower !== 'of' && PREPOSITIONS.has(tokens[k + 1]?.lower ?? '')) {
          place = k + 1;
          break;
        }
      }
    } else if (isWord(tokens[i]) && (lemma === 'tell' || !SUBJECT_ONLY_PRONOUNS.has(tokens[i]?.lower ?? ''))) i += 1;
    // "told Bill O’Reilly of Fox News, that “...”": a comma after the hearer.
    if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'that') i += 1;
    if (isQuoteMark(tokens[i]) && (tokens[i + 1]?.lower === 'to' || tokens[i + 1]?.lower === 'that')) return i;
  }
  if (place < 0) return contentPastHearer(tokens, i, limit, lemma, hearer);
  // Past the phrase, or, when nothing reads as content there but a quotation, "that" or a verb comes later ("told a Nikkei
  // conference on Tokyo financial markets “I want ...”"), from the hearer's noun as before; "he told the court in his
  // filing." has none.
  const past = contentPastHearer(tokens, place, limit, lemma, hearer);
  if (past !== null) return past;
  // ("warned the U.S. Any interference in the region would meet ...": a verb later makes the noun the content's subject.)
  for (let k = place; k < limit; k += 1) {
    const t = tokens[k];
    if (isQuoteMark(t) || t?.lower === 'that' || AUXILIARIES.test(t?.lower ?? ''))
      return contentPastHearer(tokens, i, limit, lemma, hearer);
  }
  return null;
}

/** Where content starts at or after tokens[i], past any hearer (`hearer` when the cue takes one). */
function contentPastHearer(tokens: readonly Token[], i: number, limit: number, lemma: string, hearer: boolean): number | null {
  // A weekday alone ("said Thursday one of ...").
  if (
    /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(tokens[i]?.lower ?? '') ||
    tokens[i]?.lower === 'yesterday' ||
    tokens[i]?.lower === 'today'
  )
    i += 1;
  const first = tokens[i];
  if (first === undefined || !isWord(first)) return null;
  // "told him to ...", "told me not to make that speech".
  if (hearer && (first.lower === 'to' || (first.lower === 'not' && tokens[i + 1]?.lower === 'to')) && lemma !== 'say') return i;
  // "said about half of the losses ...", "said over 20 people ...": a quantity, not a topic or a place.
  if ((first.lower === 'about' || first.lower === 'over') && opensQuantity(tokens, i + 1)) return i;
  // "reported at least six planes filled the skies": a quantity, not a place.
  if (first.lower === 'at' && /^(?:least|most)$/.test(tokens[i + 1]?.lower ?? '')) return i;
  if (STRONG.has(lemma) && SUBORDINATE.has(first.lower) && !/ing$/.test(tokens[i + 1]?.lower ?? '') && isClause(tokens, i + 1, limit))
    return i;
  // "say this is just a rough patch": "this" opens a clause, not "this week".
  if (first.lower === 'this' && AUXILIARIES.test(tokens[i + 1]?.lower ?? '')) return i;
  // "vowed to raise taxes ... if she is elected": an infinitive is the content, read by the speech-act rule; the
  // clause after it ("if ...") is no content of its own.
  if (
    first.lower === 'to' &&
    !STRONG.has(lemma) &&
    isLowercaseWord(tokens[i + 1]?.text ?? '') &&
    !DETERMINERS.has(tokens[i + 1]?.lower ?? '')
  )
    return null;
  // "said no decision has been made", "said nothing has changed": a negated subject, not the answer "said no".
  if (STRONG.has(lemma) && opensNegatedSubject(tokens, i)) return i;
  // "The actress explained why being portrayed as such is ...": what was explained or revealed, a question's clause.
  // (Not "explaining how to make the meatballs": instructions, no claim.)
  const wh = opensQuestionClause(first.lower) && tokens[i + 1]?.lower !== 'to';
  if (WH_CONTENT_LEMMAS.has(lemma) && wh && isWord(tokens[i + 1]) && isWord(tokens[i + 2])) return i;
  if (NOT_CONTENT.has(first.lower)) return skipPhrase(tokens, i, limit, STRONG.has(lemma));
  // A long subject ("argued Trump’s proposal to pay down the national debt by printing money would trigger ...") is read
  // further than a short one, when it opens as a noun phrase does; a bare plural after a participle is its adjective's noun
  // ("patients with confirmed cases of COVID-19 treated at ... found there were").
  const reach = DETERMINERS.has(first.lower) || first.cap || /['’]s$/.test(first.lower) ? 18 : 9;
  if (!STRONG.has(lemma) && !isClause(tokens, i, limit, reach)) return null;
  return i;
}

/**
 * Whether tokens[from, last) are one long phrase of where or how after a cue and nothing more ("..., Preckwinkle said in a
 * livestreamed appearance before the City Club of Chicago."): a preposition, then at most sixteen words with no subject
 * pronoun, auxiliary, "that", quotation mark or comma, which would open content of the cue's own.
 */
export function longPhraseOnly(tokens: readonly Token[], from: number, last: number): boolean {
  if (!PHRASE_PREPOSITIONS.has(tokens[from]?.lower ?? '') || last - from > 20 || wordsIn(tokens, from, last) <= 8) return false;
  for (let k = from + 1; k < last; k += 1) {
    const t = tokens[k];
    if (t === undefined || t.text === ',' || isQuoteMark(t) || PHRASE_BREAKS.test(t.lower)) return false;
  }
  return true;
}

/** Prepositions that open a phrase of where or how after a cue ("said in a report to ...", "said at a briefing on ..."). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'after', 'before']);

/**
 * Whether tokens[from, comma) read as a sentence's own clause, the content a long closing phrase may follow: six words or
 * more with no comma, not opened by a preposition, a subordinator or a participle ("Earlier this year", "Founded in 1841",
 * "Praising the role of ...", "Finance ministers of Britain, Canada, France, Japan" are none).
 */
export function plainClauseBefore(tokens: readonly Token[], from: number, comma: number): boolean {
  const first = tokens[from];
  if (first === undefined || wordsIn(tokens, from, comma) < 6) return false;
  if (PREPOSITIONS.has(first.lower) || SUBORDINATE.has(first.lower) || /(?:ing|ed)$/.test(first.lower) || first.lower === 'but')
    return false;
  for (let k = from; k < comma; k += 1) if (tokens[k]?.text === ',') return false;
  return true;
}
/** Words that open content of a cue's own inside what follows it: a subject pronoun, an auxiliary, "that", a conjunction. */
const PHRASE_BREAKS =
  /^(?:he|she|they|we|i|it|you|there|that|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|and|but)$/;
