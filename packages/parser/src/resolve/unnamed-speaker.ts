import { GENDERED_NOUNS } from '../lexicon/name-context';
import { ROLE_NOUNS } from '../lexicon/role-nouns';
import type { ResolveContext } from './context';
import type { Gender } from './name-index';
import { words } from './name-words';
import { firstNameFrom } from './recent';
import { GENERIC_PEOPLE, SINGLE_PERSON } from '../lexicon/anonymous';

/**
 * The one unnamed person who just spoke, when no person is named since: "..., one analyst said. Paradoxically, ..., he
 * said", "An employee at a suburban hospital ... said ... “...,” said the worker" (not an earlier minister named in the
 * story, nor the named person in focus). `gender` is the pronoun's, or null for a description.
 */
export function lastUnnamedSpeaker(ctx: ResolveContext, at: number, gender: Gender, head: string | null = null): number | null {
  // For a description, the last claim's speaker, not an outlet found to relay it since ("An employee ... said ... “...,”
  // said the worker"), past the claim between them; for a pronoun, who was resolved last, to the sentence after.
  // (The last claim's speaker for a pronoun too gave "he said" after "a senior official ... told Reuters" to the
  // official in reuters-21578, but cost ggt-dev two quotes: not taken.)
  const index = head !== null ? ctx.lastSpoken : (ctx.touched.at(-1) ?? null);
  const e = index === null ? undefined : ctx.entities[index];
  const reach = head === null ? 400 : 800;
  if (e === undefined || index === null || e.lastAt > at || at - e.lastAt >= reach || e.kind !== 'anonymous') return null;
  if (!isOneUnnamed(ctx, e, gender) || !sameKind(e.name, head)) return null;
  return personNamedBetween(ctx, e.lastAt, at) ? null : index;
}

/**
 * Whether a description's head noun can be the unnamed speaker named `name`: its own noun ("a staff member" for "the
 * staffer"), or a noun any of them is ("the worker" for "an employee"); not another trade ("the manager" is no "finance
 * ministry economist"). Any for a pronoun (`head` null).
 */
function sameKind(name: string, head: string | null): boolean {
  if (head === null || GENERIC_PEOPLE.has(head)) return true;
  return words(name).some((w) => w === head || head.startsWith(w));
}

/** Whether a head noun is one person's: an anonymous source's noun in the singular, or a role. */
export function namesOnePerson(head: string): boolean {
  return SINGLE_PERSON.has(head) || ROLE_NOUNS.has(head);
}

/**
 * Whether an anonymous source is one person of a gender a pronoun fits, as the text last wrote it: "one analyst", "a
 * Western envoy", "A Federal Reserve spokesman", "the dealer" (a noun of one unnamed person after "a", "an", "one",
 * "another" or "the"; not "a spokeswoman" for "he").
 */
function isOneUnnamed(ctx: ResolveContext, e: { name: string; lastAt: number }, gender: Gender): boolean {
  // (... or "the dealer" again: "one senior coffee dealer said. The dealer, who declined to be named, said ... he said".)
  if (!/^(?:a|an|one|another|the)\s/i.test(ctx.doc.text.slice(e.lastAt, e.lastAt + 12))) return false;
  const head = words(e.name).at(-1) ?? '';
  const said = GENDERED_NOUNS.get(head);
  return namesOnePerson(head) && (said === undefined || gender === null || said === gender);
}

/** Whether the article names a person between `from` and `to` (a name of the index, of kind person). */
function personNamedBetween(ctx: ResolveContext, from: number, to: number): boolean {
  for (let i = firstNameFrom(ctx.names, from + 1); i < ctx.names.length; i += 1) {
    const n = ctx.names[i];
    if (n === undefined || n.at >= to) return false;
    if (n.kind === 'person') return true;
  }
  return false;
}

/** The speaker resolved last, when it spoke just before `at` (or at it: a participle goes on with its verb's "he") and passes `test`; else null. */
export function lastSpeaker(
  ctx: ResolveContext,
  at: number,
  test: (e: { kind: string; name: string; lastAt: number }) => boolean,
): number | null {
  // (The speaker, not the outlet that relays it: "An Iraqi field commander told a correspondent of the official Iraqi news
  // agency INA that ... He said" is the commander.)
  const index = ctx.lastSpoken ?? undefined;
  const e = index === undefined ? undefined : ctx.entities[index];
  return e !== undefined && index !== undefined && e.lastAt <= at && at - e.lastAt < 400 && test(e) ? index : null;
}
