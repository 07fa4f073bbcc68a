import type { Token } from '../document';
import { NAME_CONNECTORS, NAME_STOP_WORDS } from '../lexicon/name-context';
import { CALENDAR_WORDS, TIME_BEFORE } from '../lexicon/calendar';
import { ORGANIZATION_WORDS, ROLE_NOUNS, isRoleNoun, isTitle } from '../lexicon/role-nouns';
import { isCapitalized, isPossessive } from '../tokens';
import { isGivenName } from '../lexicon/given-names';
import { HEADLINE_VERBS } from '../lexicon/cue-verbs';

/** Where the run of capitalized words opening at tokens[i] ends (exclusive), connectors inside a name included. */
export function runEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  // A possessive ends a name ("McCallum's Safe Surrey council": McCallum, then Safe Surrey).
  while (
    end < tokens.length &&
    !isPossessive(tokens[end - 1]?.text ?? '') &&
    ((isCapitalized(tokens[end]) && !HEADLINE_VERBS.has(tokens[end]?.lower ?? '')) ||
      (NAME_CONNECTORS.has(tokens[end]?.lower ?? '') && isCapitalized(tokens[end + 1]) && !joinsTwoNames(tokens, i, end)))
  )
    end += 1;
  return end;
}

/**
 * Where the name of the run tokens[i, end) starts: past a sentence-initial function word or a time's month, or back over
 * a role noun, a body's name or a title "of the" body before it.
 */
export function runStart(tokens: readonly Token[], i: number, end: number): number {
  let start = i;
  // A sentence-initial function word is not part of the name ("Despite Putin's ...", "When Smith ...").
  // ("Buy Photo Glen Swanson": a photo's credit line; not "Best Buy".)
  while (
    start < end - 1 &&
    (NAME_STOP_WORDS.has(tokens[start]?.lower ?? '') || (tokens[start]?.lower === 'buy' && tokens[start + 1]?.lower === 'photo'))
  )
    start += 1;
  // "Since late April Trump had toned down ...", "in March Cuomo said": a month or a day after a word of time is the
  // time, not a first name (not "April Ryan said", a name opening its own clause).
  if (end - start >= 2 && CALENDAR_WORDS.has(tokens[start]?.lower ?? '') && TIME_BEFORE.has(tokens[start - 1]?.lower ?? '')) start += 1;
  // A lowercase role noun before the name, with the capitalized words before it ("Russian dictator", "New York City's
  // mayor", "White House economist"): one of them alone would cut a longer name in two ("City's mayor").
  const before = tokens[start - 1];
  if ((before !== undefined && isRoleNoun(before.lower, before.cap)) || ORGANIZATION_WORDS.has(before?.lower ?? '')) {
    start -= 1;
    const floor = start - 6;
    while (
      start > Math.max(0, floor) &&
      ((isCapitalized(tokens[start - 1]) && !NAME_STOP_WORDS.has(tokens[start - 1]?.lower ?? '')) ||
        (NAME_CONNECTORS.has(tokens[start - 1]?.lower ?? '') && isCapitalized(tokens[start - 2])))
    )
      start -= 1;
  }
  // "Centers for Disease Control and Prevention Director Robert Redfield": a body's name before a title, whole.
  // ... and "Chancellor of the Exchequer Nigel Lawson": a title "of the" body, whole (a title: not "In March for the
  // Abbott ID NOW test", "As for the COVID-19 outbreak").
  while (start > 1 && end - start < 12) {
    const ofThe = tokens[start - 1]?.lower === 'the' && tokens[start - 2]?.lower === 'of' && start > 2 ? 1 : 0;
    const before = tokens[start - 2 - ofThe];
    if (!/^(?:for|of)$/.test(tokens[start - 1 - ofThe]?.lower ?? '') || !isCapitalized(before) || isPossessive(before?.text ?? '')) break;
    if (ofThe === 1 && !ROLE_NOUNS.has(before?.lower ?? '') && !isTitle(before?.lower ?? '')) break;
    start -= 2 + ofThe;
    // (Not past a possessor: "Cook County’s Office of the Chief Judge spokesman Pat Milhizer".)
    while (
      start > 0 &&
      isCapitalized(tokens[start - 1]) &&
      !NAME_STOP_WORDS.has(tokens[start - 1]?.lower ?? '') &&
      !isPossessive(tokens[start - 1]?.text ?? '')
    )
      start -= 1;
  }
  return start;
}

/**
 * Whether "and" at tokens[at] joins two names rather than sitting inside one: "President Donald Trump and Secretary of
 * State Mike Pompeo" (two capitalized words or more before it, no body's word or connector among them, and a title on
 * either side), not "Procter and Gamble", "Securities and Exchange Commission", "Department of Health and Human Services".
 */
function joinsTwoNames(tokens: readonly Token[], from: number, at: number): boolean {
  if (tokens[at]?.lower !== 'and' || at - from < 2) return false;
  for (let k = from; k < at; k += 1) {
    const t = tokens[k];
    if (t === undefined || !t.cap || ORGANIZATION_WORDS.has(t.lower) || NAME_CONNECTORS.has(t.lower)) return false;
  }
  // A title on either side says they are people: "President Donald Trump and Trudeau", "Trump and Secretary of State ...".
  if (isTitleWord(tokens[from]?.lower ?? '') || isTitleWord(tokens[at + 1]?.lower ?? '')) return true;
  // ... and so does a title inside the first side with a name after it ("U.S. Commerce Secretary Wilbur Ross and Ivanka
  // Trump"), or inside the second when the first is a person's name too, by its given name or a role before it ("White
  // House adviser Ivanka Trump and U.S. Commerce Secretary Wilbur Ross"; not "Chairman and Chief Executive": no name
  // after the title; nor "Disease Control and Prevention Director Robert Redfield").
  if (titledName(tokens, from + 1, at)) return true;
  const before = tokens[from - 1];
  const person = isGivenName(tokens[from]?.text ?? '') || (before?.cap === false && isRoleNoun(before.lower, false));
  if (person && titledName(tokens, at + 1, Math.min(tokens.length, at + 4))) return true;
  // ... and so do given names opening both ("Amanda Celestino and Marco Shalma"; not "Goldman Sachs and Morgan Stanley").
  return isGivenName(tokens[from]?.text ?? '') && isGivenName(tokens[at + 1]?.text ?? '') && isCapitalized(tokens[at + 2]);
}

/** Whether a title among tokens[from, to) has a capitalized word after it that is no title: a titled person's name. */
function titledName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t === undefined || !t.cap) return false;
    if (isTitleWord(t.lower) && next !== undefined && next.cap && !isTitleWord(next.lower)) return true;
  }
  return false;
}

/** Whether a lowercase word is a title or a role's noun ("sen.", "secretary", "adviser"). */
function isTitleWord(lower: string): boolean {
  return isTitle(lower) || ROLE_NOUNS.has(lower);
}
