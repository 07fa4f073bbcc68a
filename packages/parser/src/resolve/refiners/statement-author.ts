import { isAnonymousWord } from '../../lexicon/anonymous';
import { DOCUMENT_NOUNS, NOT_AUTHOR, STATEMENT_NOUNS, speaksForItself } from '../../lexicon/statement-nouns';
import type { NominalRefiner } from '../nominal';
import { recent } from '../recent';
import { addEntity } from '../registry';
import { resolveMention } from '../resolve-mention';
import { capitalizedRunAfter, capitalizedRunBefore } from '../capitalized-run';
import { introducedBodyNoun } from '../introduced-body';
import { startsUpper, withoutPossessive } from '../../tokens';

// A module constant: a bundle for Node rewrites a \p{...} literal as `new RegExp(...)`, built again on every call.
const LOWERCASE_POSSESSIVE = /^\p{Ll}+['’]s$/u;

/**
 * A statement, report or document speaks for its author: the name written with it ("ACLU's report",
 * "a U.N. report"), else the document itself ("government data"), else the speaker in focus ("the study").
 */
export const statementAuthor: NominalRefiner = (ctx, m, head) => {
  if (!STATEMENT_NOUNS.has(head) && !DOCUMENT_NOUNS.has(head)) return null;
  const before = m.text.split(/\s+/).slice(0, -1);
  // Not a determiner, a number or a day opening the phrase ("One post", "Thursday's report").
  let first = 0;
  while (
    first < before.length &&
    (!startsUpper(before[first] ?? '') || NOT_AUTHOR.has((before[first] ?? '').toLowerCase().replace(/['’]s?$/, '')))
  )
    first += 1;
  let last = first;
  while (
    last < before.length &&
    (startsUpper(before[last] ?? '') || (/^(?:and|of|for|&)$/.test(before[last] ?? '') && startsUpper(before[last + 1] ?? '')))
  )
    last += 1;
  const named = before.slice(first, last);
  // "Japanese press reports", "Press reports said": the press of a country, or the press, is no author of its own.
  const press = [named.length === 1 ? named[0] : undefined, before[last]].some((w) => UNOWNED.has((w ?? '').toLowerCase()));
  if (press && /s$/.test(head)) return addEntity(ctx, m.name, 'anonymous', m.start, m.text, null);
  // Only lowercase words between the name and the noun ("Acme Canada's public database").
  if (named.length > 0 && named.length <= 5 && before.slice(last).every((w) => !startsUpper(w))) {
    const name = named.join(' ').replace(/['’]s?$/, '');
    return resolveMention(ctx, { text: m.text, start: m.start, end: m.end, kind: 'name', name, role: null });
  }
  // "the agency's latest tally", "the board’s unofficial numbers": the body that issued it, as "the agency" would be.
  const possessor = before.findIndex((w) => LOWERCASE_POSSESSIVE.test(w));
  if (possessor > 0 && /^the$/i.test(before[0] ?? '')) {
    const noun = withoutPossessive(before[possessor] ?? '');
    const text = `${before.slice(0, possessor).join(' ')} ${noun}`;
    return resolveMention(ctx, { text, start: m.start, end: m.start + text.length, kind: 'nominal', name: noun, role: null });
  }
  // "government data", "a 2017 study", "court filings": a document of no author written is its own source.
  if (DOCUMENT_NOUNS.has(head) && !/^(?:the|this|that|these|those)\s/i.test(m.text))
    return addEntity(ctx, m.name, 'unknown', m.start, m.text, null);
  // "According to these reports, Schlesinger would be replaced", "news reports say": reports of no author written are
  // no one's in focus.
  if (/s$/.test(head) && STATEMENT_NOUNS.has(head.slice(0, -1)) && (before.length === 0 || UNOWNED.has((before[0] ?? '').toLowerCase())))
    return addEntity(ctx, m.name, 'anonymous', m.start, m.text, null);
  if (speaksForItself(head)) {
    // "A new study estimates ... The study also found": the document written before, not the person in focus; else
    // the document itself ("The study concluded", "the numbers appear lower": research and records have authors an
    // article seldom names as the subject before them).
    const document = recent(ctx, m.start, (c) => c.kind === 'unknown' && lastWord(c.name) === head, 0);
    return document ?? addEntity(ctx, m.name, 'unknown', m.start, m.text, null);
  }
  // "the Center for Disease Control issued a brief statement to ABC News. ... the statement said": who issued it.
  const issuer = /^the\s+\S+$/i.test(m.text) ? issuerBefore(ctx.doc.text, m.start, head) : null;
  if (issuer !== null)
    return resolveMention(ctx, {
      text: issuer.name,
      start: issuer.at,
      end: issuer.at + issuer.name.length,
      kind: 'name',
      name: issuer.name,
      role: null,
    });
  // ("its report": "its" is a body's, never the person last quoted.)
  const its = /^its\s/i.test(m.text);
  // ("A commission set up to unravel the affairs of Air Lanka ... The report said": an unnamed body is an author too.)
  const author = recent(
    ctx,
    m.start,
    (c) => (c.kind !== 'anonymous' || introducedBodyNoun(c.name) !== null) && c.subject && !(its && c.kind === 'person'),
  );
  if (author !== null || !/^the\s/i.test(m.text)) return author;
  // "Ministers from the Group of 24 said ... The statement said": else the unnamed group that spoke, not its
  // sources ("sources said ... the statement" is someone else's); else the statement itself, no one named.
  return (
    recent(ctx, m.start, (c) => c.kind === 'anonymous' && c.subject && !isAnonymousWord(lastWord(c.name))) ??
    addEntity(ctx, m.name, 'unknown', m.start, m.text, null)
  );
};

/** "issued a brief statement", "released a statement": the verb and the three words after the article. */
const ISSUED = /\b(?:issued|released|put\s+out)\s+(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+)\b/gu;

/** "a report by Realtor.com", "a new study from the Pew Research Center": a document and who wrote it. */
const WRITTEN_BY = /\b(report|study|survey|statement|analysis|memo|letter|poll)\s+(?:by|from)\s+/g;

/**
 * The name that last issued or wrote a document of this head noun in the 1,500 characters before `at`, or null ("The
 * Center for Disease Control issued a brief statement", "A report by Realtor.com predicts ... according to the report").
 */
function issuerBefore(text: string, at: number, head: string): { name: string; at: number } | null {
  const from = Math.max(0, at - 1500);
  const window = text.slice(from, at);
  let found: { name: string; at: number } | null = null;
  for (const match of window.matchAll(ISSUED)) {
    // ("issued a brief statement to": the noun among the three words after the article.)
    if (!(match[1] ?? '').split(/\s+/).includes(head)) continue;
    const verb = from + (match.index ?? 0);
    const name = capitalizedRunBefore(text, verb);
    if (name !== null) found = name;
  }
  for (const match of window.matchAll(WRITTEN_BY)) {
    if (match[1] !== head) continue;
    const name = capitalizedRunAfter(text, from + (match.index ?? 0) + match[0].length);
    if (name !== null && (found === null || name.at > found.at)) found = name;
  }
  return found;
}

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/** Words that open plural reports of no author ("these reports", "news reports", "some reports"). */
const UNOWNED = new Set([
  'these',
  'those',
  'news',
  'media',
  'press',
  'some',
  'several',
  'many',
  'recent',
  'published',
  'unconfirmed',
  'local',
  'industry',
  'market',
  'trade',
]);
