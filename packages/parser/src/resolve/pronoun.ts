import type { Mention } from '../document';
import type { ResolveContext } from './context';
import type { Gender } from './name-index';
import { fullestName } from './name-lookup';
import { recent } from './recent';
import { addEntity, genderOf, noteGender } from './registry';
import { resolveMention } from './resolve-mention';
import { words } from './name-words';
import { isThingName } from './thing-name';
import { introducedBodyNoun } from './introduced-body';
import { lastSpeaker, lastUnnamedSpeaker, namesOnePerson } from './unnamed-speaker';
import { SINGLE_PERSON } from '../lexicon/anonymous';
import { GENDERED_NOUNS } from '../lexicon/name-context';
import { subjectForm } from '../lexicon/pronouns';
import { startsUpper, withoutPossessive } from '../tokens';

/** A pronoun: "he", "she", "I" to a named person of its gender; "they", "it" to a body, a group or sources. */
export function resolvePronoun(ctx: ResolveContext, m: Mention): number | null {
  const lower = subjectForm(m.text);
  const gender: Gender = lower === 'he' ? 'm' : lower === 'she' ? 'f' : null;
  if (lower === 'he' || lower === 'she' || lower === 'i') {
    // "..., one analyst said. Paradoxically, the dollar could rise ..., he said": the unnamed person who just spoke, when
    // no person is named since (an earlier minister named in the story is not who "he" is).
    const unnamed = gender === null ? null : lastUnnamedSpeaker(ctx, m.start, gender);
    if (unnamed !== null) return unnamed;
    // A person of the pronoun's known gender, else the nearest person whose gender is unknown.
    // Only named people: "a spokesperson" is not who "he" points back to.
    // ... or an unnamed speaker whose noun says the pronoun's gender ("a company spokeswoman said. ... she said").
    const found = recent(
      ctx,
      m.start,
      (c) =>
        (c.kind === 'person' && c.subject && startsUpper(c.name) && (gender === null || c.gender === null || c.gender === gender)) ||
        (gender !== null && c.kind === 'anonymous' && words(c.name).some((w) => GENDERED_NOUNS.get(w) === gender)),
      ctx.lead,
    );
    const e = found === null ? undefined : ctx.entities[found];
    // The pronoun tells the person's gender for later pronouns.
    if (e !== undefined && gender !== null) noteGender(ctx, e.name, gender);
    // "According to the official, ... but he did not mention ...": with no one named, the unnamed person who just spoke.
    // ("..., a spokeswoman for the London Commodity Exchange said. ... she said": the body she speaks for.)
    if (found !== null) return found;
    const spoke = lastSpeaker(ctx, m.start, (e) => e.kind === 'anonymous' && words(e.name).some((w) => SINGLE_PERSON.has(w)));
    if (spoke !== null) return spoke;
    // (... and the next "he" goes on speaking for it, though its last mention, that "He", says no more whose it is.)
    const body = lastSpeaker(
      ctx,
      m.start,
      (e) =>
        e.kind !== 'person' &&
        (spokenForBy(ctx, e.lastAt, gender) || (gender !== null && ctx.spokenFor.get(ctx.lastSpoken ?? -1) === gender)),
    );
    if (body !== null && gender !== null) ctx.spokenFor.set(body, gender);
    return body;
  }
  // "they", "it": not a person, and rarely the outlet reporting them; but "the newspaper said. It added ..." is the
  // newspaper, when nothing else was found.
  // ("the government newspaper New Vision said. ... it added": the outlet that just spoke goes on, before any body it
  // wrote about.)
  return (
    // ("A commission set up to unravel the affairs of Air Lanka says ... It said ...": so does an unnamed body that just
    // spoke, before the company its description names.)
    (lower === 'it'
      ? lastSpeaker(ctx, m.start, (e) => e.kind === 'media' || (e.kind === 'anonymous' && introducedBodyNoun(e.name) !== null))
      : null) ??
    // (Nor a plan, pact or law: "Republicans saw the Heroes Act as a blunder. They said ...".)
    // (Nor one unnamed person: "a representative from Stanford said ... they concluded" is the researchers.)
    recent(ctx, m.start, (c) => c.kind !== 'person' && c.kind !== 'media' && c.subject && !isThingName(c.name) && !isOnePerson(c.name))
  );
}

/** Whether an anonymous source's name is one person: "a representative", "a company spokesman", "one analyst". */
function isOnePerson(name: string): boolean {
  return /^(?:a|an|one|another)\s/i.test(name) && namesOnePerson(words(name).at(-1) ?? '');
}

/** "a spokeswoman for" right before a body's mention at `at`: its gender fits the pronoun's. */
function spokenForBy(ctx: ResolveContext, at: number, gender: Gender): boolean {
  const text = ctx.doc.text;
  // ... or right after its name ("an EC Commission spokesman said", "A MITI official told Reuters"), or a description
  // resolved to the body ("the spokesman said. He added, “...”").
  const match =
    /\b(spokes(?:woman|man|person)) for\s+$/i.exec(text.slice(Math.max(0, at - 40), at)) ??
    /^(?:the\s+|an?\s+)?(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,4}(spokes(?:woman|man|person)|official|executive)\b/u.exec(text.slice(at, at + 80));
  if (match === null) return false;
  const noun = (match[1] ?? '').toLowerCase();
  return gender === null || !noun.startsWith('spokes') || noun === 'spokesperson' || (noun === 'spokeswoman') === (gender === 'f');
}

/** A pronoun through the subject of its own sentence; "he" and "she" only to a person of their gender. */
export function resolveThrough(ctx: ResolveContext, pronoun: Mention, antecedent: Mention): number | null {
  const lower = subjectForm(pronoun.text);
  if (lower === 'they') return resolveMention(ctx, antecedent);
  const name = withoutPossessive(antecedent.name);
  const gender = lower === 'he' ? 'm' : 'f';
  const known = genderOf(ctx, fullestName(ctx, name));
  if (known !== null && known !== gender) return resolvePronoun(ctx, pronoun);
  // A lone capitalized word opening a sentence is a name only if the article gives it in full or
  // with a pronoun ("Spring came early, she said", "Through her tears, she said").
  if (!name.includes(' ') && known === null && fullestName(ctx, name) === name) return resolvePronoun(ctx, pronoun);
  const index = addEntity(ctx, name, 'person', antecedent.start, antecedent.text, antecedent.role);
  noteGender(ctx, ctx.entities[index]?.name ?? name, gender);
  return index;
}
