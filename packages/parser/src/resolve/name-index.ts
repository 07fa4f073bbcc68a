import type { ParseDocument, Token } from '../document';
import { classifyMention } from '../classify-mention';
import { WEEKDAYS } from '../lexicon/calendar';
import { isGeneration } from '../lexicon/name-context';
import { occurrence, type NameOccurrence } from './name-occurrence';
import { lowercaseWords } from './not-a-name';
import { introducedSingles } from './introduced-names';
import { opensSentence } from './positions';
import { withoutPossessive } from '../tokens';
import { indexRuns } from './index-runs';

export type { Gender, NameOccurrence } from './name-occurrence';

/**
 * Every capitalized name of two or more words in the article (and single-word news agencies),
 * with a role noun just before it ("Russian dictator Vladimir Putin"), in text order: the
 * antecedents that surnames, pronouns and epithets are resolved against.
 */
export function indexNames(doc: ParseDocument, until = Infinity): NameOccurrence[] {
  const multi: NameOccurrence[] = [];
  const singles: NameOccurrence[] = [];
  const singleTokens: { tokens: readonly Token[]; i: number }[] = [];
  for (const paragraph of doc.paragraphs) {
    // Names after the last claim cannot be its antecedents: full names come before their short forms.
    if (paragraph.start > until) break;
    indexRuns(doc, paragraph, multi, singles, singleTokens);
  }
  // A single word counts when it is the surname of a longer name in the article ("Hadwin" after "Adam Hadwin").
  // (A loop, not filter().map(): see lowerJoin in tokens.ts.)
  const surnames = new Set<string>();
  for (const n of multi) if (n.kind === 'person') surnames.add(surnameOf(n.name));
  let lowercase: ReadonlySet<string> | null = null;
  for (const { tokens, i } of singleTokens) {
    const token = tokens[i];
    if (token === undefined || !surnames.has(withoutPossessive(token.lower))) continue;
    // Not a weekday or a word with digits ("Black Friday", "Novel COVID-19"), nor a word the text also writes in
    // lowercase where a sentence opens with it ("Share", "Can", "Next"): those are no antecedents of "he" or "she".
    if (WEEKDAY_SET.has(token.lower) || /\d/.test(token.text)) continue;
    if (opensSentence(tokens, i) && (lowercase ??= lowercaseWords(doc)).has(token.lower)) continue;
    const mention = classifyMention(doc.text, tokens, i, i + 1);
    if (mention === null || mention.kind !== 'name') continue;
    singles.push(occurrence(tokens, i, i, i + 1, withoutPossessive(mention.name), mention.role, mention.start));
  }
  const kept = singles.filter((n) => surnames.has(n.name.toLowerCase()));
  introducedSingles(singleTokens, surnames, kept);
  return kept.length === 0 ? multi : [...multi, ...kept].sort((x, y) => x.at - y.at);
}

/*
 * indexNames's passes are functions of their own (indexRuns in index-runs.ts, its run bounds in run-bounds.ts) rather
 * than one body: TurboFan recompiles a whole function each time a branch it has not run before is taken (a read past a
 * paragraph's last token, a rare kind of name), and a cold pass over reuters-21578 recompiled the one body four times,
 * 150 ms and more each; split, a rare branch recompiles one pass.
 */

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

/** A person's surname as the text writes it, lowercased: the last word before any generation ("Louis Gerstner Jr." -> gerstner). */
function surnameOf(name: string): string {
  const parts = name.split(/\s+/);
  const last = parts.length > 1 && isGeneration(parts.at(-1) ?? '') ? parts.at(-2) : parts.at(-1);
  return (last ?? '').toLowerCase();
}
