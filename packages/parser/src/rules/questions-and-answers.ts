import type { Mention, Paragraph, Sentence } from '../document';
import { addClaim, isClaimed, trimContent, type RuleContext } from '../claims';
import { classifyMention } from '../classify-mention';

/** Question and answer turns a Q&A has at least. */
const MIN_TURNS = 2;

/** Whether "Q:" or "A:" opens the paragraph. */
function opensWith(paragraph: Paragraph, letter: 'Q' | 'A'): boolean {
  return paragraph.tokens[0]?.text === letter && paragraph.tokens[1]?.text === ':' && paragraph.tokens.length > 2;
}

/**
 * The person a Q&A interviews: the first full name of the paragraphs before its first question
 * ("Q&A with Vice President Joe Biden", "Actress Diane Guerrero has become ...") whose surname the
 * article repeats; null when there is none.
 */
function interviewee(ctx: RuleContext, before: number): Mention | null {
  const text = ctx.doc.text;
  for (const paragraph of ctx.doc.paragraphs.slice(0, before)) {
    const { tokens } = paragraph;
    for (let start = 0; start < tokens.length; start += 1) {
      if (tokens[start]?.cap !== true || tokens[start - 1]?.cap === true) continue;
      let end = start;
      while (end < tokens.length && tokens[end]?.cap === true) end += 1;
      const mention = end - start >= 2 ? classifyMention(text, tokens, start, end) : null;
      const surname = mention?.name.split(' ').at(-1) ?? '';
      if (mention?.kind === 'name' && mention.name.includes(' ') && text.split(surname).length >= 3) return mention;
    }
  }
  return null;
}

/**
 * Rule: a Q&A ("Q: You've been talking about ...?" / "A: It's a big mistake."): each answer, with
 * the paragraphs that continue it up to the next label, is the words of the person interviewed,
 * its label pointing at them. It runs after the other rules: what an answer reports ("My staff told
 * me not to ...") keeps its own speaker, and the answer's other sentences are claimed around it.
 * The questions are the interviewer's, whom such articles seldom name as one person (two
 * reporters, "USA TODAY"): they are left out rather than given to the nearest name.
 */
export function questionsAndAnswers(ctx: RuleContext): void {
  const { paragraphs, sentences } = ctx.doc;
  const first = paragraphs.findIndex((p) => opensWith(p, 'Q'));
  if (first < 0) return;
  const questions = paragraphs.filter((p) => opensWith(p, 'Q')).length;
  const answers = paragraphs.filter((p) => opensWith(p, 'A')).length;
  if (questions < MIN_TURNS || answers < MIN_TURNS) return;
  const person = interviewee(ctx, first);
  if (person === null) return;
  let mention: Mention | null = null;
  for (let index = first; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index];
    const label = paragraph?.tokens[0];
    if (paragraph === undefined || label === undefined) continue;
    if (opensWith(paragraph, 'Q')) mention = null;
    // A literal in Mention's field order, not a spread copy of `person`: a spread copy gets a map of its own.
    else if (opensWith(paragraph, 'A'))
      mention = { text: label.text, start: label.start, end: label.end, kind: person.kind, name: person.name, role: person.role };
    if (mention === null) continue;
    const from = opensWith(paragraph, 'A') ? (paragraph.tokens[2]?.start ?? label.start) : label.start;
    claimUnclaimedRuns(
      ctx,
      sentences.filter((s) => s.paragraph === index),
      from,
      mention,
    );
  }
}

/** Claims each run of the sentences (from `from` on) that no other rule has claimed, for `mention`. */
function claimUnclaimedRuns(ctx: RuleContext, sentences: readonly Sentence[], from: number, mention: Mention): void {
  let run: { start: number; end: number } | null = null;
  const emit = () => {
    if (run === null) return;
    const span = trimContent(ctx.doc.text, run);
    if (span.end - span.start >= 8)
      addClaim(ctx, { span, kind: 'direct', cue: null, mention, rule: 'questions-and-answers', confidence: 0.8 });
    run = null;
  };
  for (const sentence of sentences) {
    const range = { start: Math.max(from, sentence.start), end: sentence.end };
    if (range.end <= range.start) continue;
    if (isClaimed(ctx, range)) emit();
    else run = run === null ? range : { start: run.start, end: range.end };
  }
  emit();
}
