import type { Mention, Token } from '../document';
import { leftSubject } from '../subject';
import { describedSubject } from './described-subject';
import { TIME_WORDS } from '../lexicon/function-words';

/** What a speaker issues, naming what follows it: "released a statement saying ...". */
const ISSUED_NOUNS = new Set([
  'statement',
  'statements',
  'release',
  'letter',
  'memo',
  'email',
  'e-mail',
  'tweet',
  'post',
  'message',
  'video',
  'ad',
  'ads',
  'op-ed',
  'column',
  'mailer',
  'flyer',
]);
/** Verbs of issuing them ("put out", "sent out": the particle stands before the noun's phrase). */
const ISSUING_VERBS = new Set([
  ...['issued', 'issues', 'released', 'releases', 'posted', 'posts', 'sent', 'sends', 'published', 'out'],
  ...['wrote', 'writes', 'penned', 'ran', 'runs', 'aired', 'airs', 'emailed', 'circulated', 'distributed'],
]);
/** Words of a statement's phrase between the verb and the noun ("a brief written statement"). */
const STATEMENT_WORDS = new Set([
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'brief',
  'short',
  'written',
  'joint',
  'new',
  'lengthy',
  'separate',
  'fundraising',
  'campaign',
  'press',
  'news',
  'open',
  'public',
  'formal',
  'prepared',
  'television',
  'radio',
  'online',
  'digital',
]);

/**
 * The verb that issued the statement whose participle stands at tokens[k] ("His office put out a statement saying ...",
 * "Obama released a statement Thursday night condemning ..."), or -1: the participle's speaker is that verb's subject.
 */
export function issuingVerbBefore(tokens: readonly Token[], k: number): number {
  let i = k - 1;
  // ("a statement Thursday night", "a statement on Monday": a phrase of time between.)
  while (i > k - 5 && (TIME_WORDS.has(tokens[i]?.lower ?? '') || tokens[i]?.lower === 'on')) i -= 1;
  if (!ISSUED_NOUNS.has(tokens[i]?.lower ?? '')) return -1;
  i -= 1;
  while (i > 0 && STATEMENT_WORDS.has(tokens[i]?.lower ?? '')) i -= 1;
  const verb = tokens[i]?.lower ?? '';
  if (verb === 'out') return /^(?:put|puts|sent|send|sends)$/.test(tokens[i - 1]?.lower ?? '') ? i - 1 : -1;
  return ISSUING_VERBS.has(verb) ? i : -1;
}

/** Who issued the statement: the subject of the verb at tokens[verb], named or described ("a spokeswoman for the facility"). */
export function issuerOf(text: string, tokens: readonly Token[], verb: number, floor: number): Mention | null {
  return leftSubject(text, tokens, verb, floor)?.mention ?? describedSubject(text, tokens, verb, floor);
}
