import type { Mention, Paragraph } from '../document';
import { addClaim, isClaimed, trimContent, type RuleContext } from '../claims';
import { classifyMention, withName, withRole } from '../classify-mention';
import { isGivenName } from '../lexicon/given-names';
import { LABEL_WORDS } from '../lexicon/label-words';
import { isWord, lowerJoin } from '../tokens';

/** A speaker's label is at most this many words ("KATE BOLDUAN", "Sen. Lindsey Graham"). */
const MAX_LABEL_WORDS = 4;
/** Labelled paragraphs a transcript has at least, and how often one speaker at least takes a turn. */
const MIN_TURNS = 3;
const MIN_TURNS_OF_ONE = 2;
/** Labels with a description a vox pop has at least. */
const MIN_DESCRIBED = 2;

interface Turn {
  paragraph: Paragraph;
  /** Index of the label's first token: 0, or 1 after the quotation mark that opens a quoted transcript's turn. */
  first: number;
  /** Index of the colon that closes the label. */
  colon: number;
  /** One past the name's last token: the colon, or the comma before a description. */
  nameEnd: number;
  label: string;
  /** "Don Cain, inmate at F.C.I. Oakdale I, via email:": the first description's tokens [from, to), empty when none. */
  description: { from: number; to: number };
}

/** The marks that open a quoted transcript's turns. */
const DOUBLE_MARKS: ReadonlySet<string> = new Set(['"', '“']);

/** A described label runs at most this many tokens before its colon. */
const MAX_DESCRIBED_LABEL = 16;

/**
 * The label opening a paragraph ("TAPPER:", "Matthews:", "KATE BOLDUAN:", "Anita Kadrovich,
 * correctional officer:"), or null.
 */
function turnOf(paragraph: Paragraph): Turn | null {
  const { tokens } = paragraph;
  // ('"RAMOS: Secretary Clinton, did you lie to them?': a transcript quoted whole opens each turn with a quotation mark.)
  // (A double mark: "'Til We Meet Again: Dashboard Confessional, ..." is a listing's title.)
  const first = DOUBLE_MARKS.has(tokens[0]?.text ?? '') ? 1 : 0;
  let colon = first;
  while (colon < Math.min(tokens.length, first + MAX_DESCRIBED_LABEL + 1) && tokens[colon]?.text !== ':') colon += 1;
  if (colon === first || tokens[colon]?.text !== ':' || colon + 1 >= tokens.length) return null;
  let nameEnd = first;
  while (nameEnd < colon && tokens[nameEnd]?.text !== ',') nameEnd += 1;
  if (nameEnd - first > MAX_LABEL_WORDS) return null;
  const words = tokens.slice(first, nameEnd);
  if (!words.every((t) => isWord(t) && t.cap && !LABEL_WORDS.has(t.lower))) return null;
  // A description says what the speaker is, in lowercase words ("correctional officer", "via email").
  const described = tokens.slice(nameEnd + 1, colon);
  // It opens in lowercase ("Beverly Hills, California Square footage:" is a place and a field) and does not end on a
  // field's name ("..., co-founder of Seemore Meats Source:", a credit).
  if (
    nameEnd < colon &&
    (described[0]?.cap !== false ||
      !isWord(described[0]) ||
      (tokens[colon - 1]?.cap === true && LABEL_WORDS.has(tokens[colon - 1]?.lower ?? '')))
  )
    return null;
  const close = described.findIndex((t) => t.text === ',');
  const description = { from: Math.min(colon, nameEnd + 1), to: close < 0 ? colon : nameEnd + 1 + close };
  return { paragraph, first, colon, nameEnd, label: lowerJoin(words, 0, words.length), description };
}

/** "TAPPER" -> "Tapper": a name in capitals, as a transcript writes it, in the case the body writes it. */
function titleCase(name: string): string {
  return name.replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));
}

/**
 * The speaker a label names: a name in capitals, as transcripts write them ("TAPPER", "NP"), or a
 * surname the article gives in full elsewhere ("Matthews" after "Chris Matthews"); not a field of a
 * listing ("Time: 7:30 p.m.", "Link: Met Opera").
 */
function labelMention(text: string, turn: Turn): Mention | null {
  const mention = classifyMention(text, turn.paragraph.tokens, turn.first, turn.nameEnd);
  if (mention === null || mention.kind !== 'name') return null;
  // "NP:", "DB:": a host's initials, the name of whoever the article names with them ("Nilay Patel"), else no one.
  if (/^\p{Lu}{2,3}$/u.test(mention.name)) {
    const initials = [...mention.name].map((c) => `${c}\\p{Ll}+`).join(' ');
    const full = new RegExp(`\\b${initials}\\b`, 'u').exec(text)?.[0];
    return full === undefined ? null : withName(mention, full);
  }
  const inCapitals = !/\p{Ll}/u.test(mention.name);
  const surname = mention.name.split(/\s+/).at(-1) ?? '';
  // ("Jason, college student: I think ...": a vox pop may name its speakers by a given name alone, with what they are.)
  const givenAndDescribed = turn.description.to > turn.description.from && !mention.name.includes(' ') && isGivenName(mention.name);
  if (!inCapitals && !givenAndDescribed && !new RegExp(`\\p{Lu}[\\p{L}.’'-]+ ${surname.replace(/[^\p{L}]/gu, '')}\\b`, 'u').test(text))
    return null;
  return withName(mention, titleCase(mention.name));
}

// Module constants: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`, built again on every call.
const TWO_LETTERS = /\p{L}{2}/u;
const TWO_LOWERCASE = /\p{Ll}{2}/u;
const DIGIT = /\d/;

/**
 * Whether the paragraph's tokens from `from` on hold a word of letters, and, beside figures, a word in lowercase: not a
 * table's row ("End-Day Backlog: 28    18") nor a listing's ("NAMI: Greater Houston-$124,500.00").
 */
function hasWords(paragraph: Paragraph, from: number): boolean {
  let letters = false;
  let lowercase = false;
  let digits = false;
  for (let i = from; i < paragraph.tokens.length; i += 1) {
    const t = paragraph.tokens[i];
    if (t === undefined) break;
    letters ||= TWO_LETTERS.test(t.text);
    lowercase ||= t.word && !t.cap && TWO_LOWERCASE.test(t.text);
    digits ||= DIGIT.test(t.text);
  }
  return letters && (lowercase || !digits);
}

/**
 * Rule: an interview or broadcast transcript ("TAPPER: Do you think ...?" / "FALLIN: Well, I
 * think ..."): paragraphs opened by a speaker's label and a colon, three at least, one speaker
 * taking two turns or more. Each turn is that speaker's words, verbatim. A label used once is a
 * heading ("Iowa: ..."), and "Q:" / "A:" name no one.
 */
export function transcript(ctx: RuleContext): void {
  const turns: Turn[] = [];
  const counts = new Map<string, number>();
  for (const paragraph of ctx.doc.paragraphs) {
    const turn = turnOf(paragraph);
    // ("End-Day Backlog: 28    18": a table's row of figures, no one's words.)
    if (turn === null || !hasWords(paragraph, turn.colon + 1)) continue;
    turns.push(turn);
    // "KATE BOLDUAN:", then "BOLDUAN:": one speaker's turns, counted by the surname.
    const surname = turn.label.split(' ').at(-1) ?? turn.label;
    counts.set(surname, (counts.get(surname) ?? 0) + 1);
  }
  // Speakers described in their labels ("Anita Kadrovich, correctional officer:") may each speak once: a vox pop.
  const described = turns.filter((t) => t.description.to > t.description.from).length;
  if (described < MIN_DESCRIBED && (turns.length < MIN_TURNS || Math.max(0, ...counts.values()) < MIN_TURNS_OF_ONE)) return;
  const text = ctx.doc.text;
  // "BOLDUAN:" after "KATE BOLDUAN:": the surname's speaker by the fullest label that gives it.
  const fullest = new Map<string, { label: string; name: string }>();
  for (const turn of turns) {
    const surname = turn.label.split(' ').at(-1) ?? turn.label;
    const written = text.slice(turn.paragraph.tokens[turn.first]?.start ?? 0, turn.paragraph.tokens[turn.nameEnd - 1]?.end ?? 0);
    if (turn.label.length > (fullest.get(surname)?.label.length ?? 0))
      fullest.set(surname, { label: turn.label, name: titleCase(written) });
  }
  for (const turn of turns) {
    const { tokens } = turn.paragraph;
    const from = tokens[turn.colon + 1];
    const end = tokens.at(-1);
    const labelled = labelMention(text, turn);
    const full = fullest.get(turn.label.split(' ').at(-1) ?? turn.label);
    const shortened = labelled !== null && full !== undefined && full.label !== turn.label && !labelled.name.includes(' ');
    const { from: a, to: b } = turn.description;
    const role = b > a ? text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0) : null;
    const named = shortened ? withName(labelled, full.name) : labelled;
    const mention = named !== null && named.role === null && role !== null ? withRole(named, role) : named;
    if (from === undefined || end === undefined || mention === null) continue;
    const span = trimContent(text, { start: from.start, end: end.end });
    if (span.end - span.start < 8 || isClaimed(ctx, span)) continue;
    addClaim(ctx, { span, kind: 'direct', cue: null, mention, rule: 'transcript', confidence: 0.8 });
  }
}
