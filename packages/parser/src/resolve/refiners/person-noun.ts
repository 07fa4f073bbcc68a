import { withoutLegalForm } from '../../lexicon/company-endings';
import { KINSHIP_GENDER } from '../../lexicon/name-context';
import { isGivenName } from '../../lexicon/given-names';
import { COLLECTIVE_NOUNS } from '../../lexicon/statement-nouns';
import {
  MEDIA_WORDS,
  ORGANIZATION_WORDS,
  PERSON_NOUNS,
  ROLE_NOUNS,
  SPOKESPEOPLE,
  TITLE_ROLE_NOUNS,
  isPluralInMen,
  isSpeakerNoun,
} from '../../lexicon/role-nouns';
import { words } from '../name-words';
import type { NominalRefiner } from '../nominal';
import { firstNameFrom, recent } from '../recent';
import type { ResolveContext } from '../context';
import type { NameOccurrence } from '../name-occurrence';
import { addEntity } from '../registry';
import { startsUpper } from '../../tokens';
import { lastUnnamedSpeaker } from '../unnamed-speaker';
import { hasSpokesperson } from './spokesperson';
import { introducedUnnamed } from './introduced-unnamed';

const WORD_CHAR = /[\p{L}.'’-]/u;
/** A description opening with whose it is: "his", "her", "their", or a name in "'s" ("Bagala's son"). */
const POSSESSIVE_OPENING = /^(?:his|her|their|\S+['’]s?)\s/i;
/** A description opening with a capitalized owner in "'s" ("Zoll’s top executive"): the owner's name. */
const OWNER = /^(\p{Lu}[\p{L}&.-]*)['’]s\s/u;
/** A description that says which one: "the", a possessive ("the organization's CEO", "his spokesman"). */
const DEFINITE = /^(?:the|his|her|its|their|\S+['’]s)\s/i;

/** Whether a capitalized word and a comma come just before `at`: a description set in apposition to a name. */
function afterName(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i -= 1;
  if (text[i] !== ',') return false;
  let j = i - 1;
  while (j >= 0 && i - j < 40 && WORD_CHAR.test(text[j] ?? '')) j -= 1;
  return j + 1 < i && startsUpper(text[j + 1] ?? '');
}

/**
 * A person by role or description ("the dictator", "the mayor", "the 26-year-old"): the person
 * given that role before, else the person in focus for a definite description, else a person of its own
 * (anonymous when the description is indefinite: "a spokesperson").
 */
export const personNoun: NominalRefiner = (ctx, m, head) => {
  const aged = /\b\d+-year-old\b/.test(m.text);
  const person =
    aged ||
    (!COLLECTIVE_NOUNS.has(head) &&
      (ROLE_NOUNS.has(head) || (!ORGANIZATION_WORDS.has(head) && isSpeakerNoun(head) && !/s$/.test(head) && !isPluralInMen(head))));
  // (Nor what a body owns: "according to its website" speaks for the body, found after.)
  const medium = MEDIA_WORDS.has(head) && !ROLE_NOUNS.has(head);
  if (!person || (medium && /^its\s/i.test(m.text))) return null;
  // "A representative of a major Illinois cannabis firm" is someone new, not the representative named before; unless
  // set right after a name ("Justice B N Srikrishna, a former Supreme Court justice, told").
  const indefinite = /^(?:a|an|one|another|some|two|three|several)\b/i.test(m.text);
  const appositive = afterName(ctx.doc.text, m.start);
  // "Gov. Kim Reynolds ... The governor": an abbreviated title is the role it stands for.
  // ("Zoll’s top executive said" after President Donald Trump: the role of a body named in "'s" is held by someone
  // whose role names that body, not by whoever last held a role of that noun.)
  const owner = OWNER.exec(m.text)?.[1];
  const byRole =
    indefinite && !appositive
      ? null
      : recent(
          ctx,
          m.start,
          (c) =>
            c.kind === 'person' &&
            c.roles.some((r) => words(r).some((w) => w === head || TITLE_ROLE_NOUNS.get(w) === head)) &&
            holdsRoleOf(c, owner),
          0,
        );
  if (byRole !== null) return byRole;
  // "Mike Kazmierski, the organization's CEO said": a definite description set after a person's name is that person.
  const named = appositive && DEFINITE.test(m.text) ? nameBeforeComma(ctx, m.start, owner !== undefined) : null;
  if (named !== null) return addEntity(ctx, named.name, 'person', named.at, named.name, m.text);
  // (Not "LaHood’s spokesperson": whose it is, the words say.)
  if (!indefinite && SPOKESPEOPLE.has(head) && !/['’]s\s/.test(m.text)) {
    // "A spokesperson for Honda North America said ... the spokesperson said", "An Amazon spokesperson says ... The
    // spokesperson said": the spokesperson quoted before, or the body the article gave one.
    const body = recent(
      ctx,
      m.start,
      (c) =>
        (c.kind === 'anonymous' && words(c.name).some((w) => SPOKESPEOPLE.has(w))) ||
        // ("a spokesman for Manhattan National said" of "Manhattan National Corp".)
        (c.kind === 'organization' &&
          (hasSpokesperson(ctx.doc.text, m.start, c.name) || hasSpokesperson(ctx.doc.text, m.start, withoutLegalForm(c.name)))),
    );
    if (body !== null) return body;
  }
  // "His son said", "according to her daughter": a relative is another person than the one the article is about (but
  // "Dante Vicino, Robert’s son, says" describes the name before it).
  // ("Leilani Margurite Jordan’s mother": whose relative, a name in "'s" right before the noun, says it too.)
  const relative = KINSHIP_GENDER.has(head) && (POSSESSIVE_OPENING.test(m.text) || /['’]s\s+\S+$/.test(m.text)) && !appositive;
  // "under the guidance of a nearby nurse ... “...,” the nurse said": the unnamed person the article introduced by the
  // same noun, not the person in focus (the man the reporter was interviewing); one source with the unnamed one quoted
  // before ("A senior economist said ... the economist said"). The noun alone: "the Union Pacific spokesman" says whose,
  // and a spokesperson is found with the body above.
  const theNoun = /^the\s+\S+$/i.test(m.text) && namesPerson(head);
  if (theNoun && !SPOKESPEOPLE.has(head)) {
    const introduced = introducedUnnamed(ctx.doc.text, m.start, head);
    if (introduced !== null) {
      const quoted = recent(ctx, m.start, (c) => c.kind === 'anonymous' && words(c.name).at(-1)?.toLowerCase() === head);
      return quoted ?? addEntity(ctx, introduced, 'anonymous', m.start, m.text, m.role);
    }
  }
  // "An employee at a suburban hospital ... said ... “...,” said the worker": the unnamed person who just spoke, not the
  // named person in focus.
  if (theNoun) {
    const unnamed = lastUnnamedSpeaker(ctx, m.start, null, head);
    if (unnamed !== null) return unnamed;
  }
  // (A medium is no person in focus: "the newspaper" of no outlet named before is an unnamed one.)
  if (!indefinite && !relative && !medium) {
    // A definite description ("the 26-year-old right wing", "the mayor") names the person in focus (one whose role
    // names the body of "Zoll’s top executive").
    const focus = recent(ctx, m.start, (c) => c.kind === 'person' && c.subject && holdsRoleOf(c, owner));
    if (focus !== null) return focus;
  }
  // "A spokesperson told Reuters": someone the article does not name, an anonymous source of this article.
  return addEntity(ctx, m.name, 'anonymous', m.start, m.text, m.role);
};

/** Whether a candidate's roles name the body a description's role is of ("Zoll’s top executive"); any, for no owner. */
function holdsRoleOf(c: { roles: readonly string[] }, owner: string | undefined): boolean {
  return owner === undefined || c.roles.some((r) => r.includes(owner));
}

/**
 * The person's name that ends just before the comma before `at` ("Mike Kazmierski, the organization's CEO"), or null. Not
 * a name inside the claim ("... operations at Hasbrouck Heights, the spokesman added"), and one with a given name first, or
 * a surname before a role of a body named in "'s" (`owned`).
 */
function nameBeforeComma(ctx: ResolveContext, at: number, owned: boolean): NameOccurrence | null {
  const n = ctx.names[firstNameFrom(ctx.names, at) - 1];
  if (n === undefined || n.kind !== 'person' || (n.at >= ctx.exclude.start && n.at < ctx.exclude.end)) return null;
  // (A surname alone only before a description of whose role it is: "Boxer, Chlupsa's attorney, stated".)
  if (!isGivenName(n.name.split(/\s+/)[0] ?? '') && !(owned && !n.name.includes(' '))) return null;
  const between = ctx.doc.text.slice(n.at, at);
  return between.length <= n.name.length + 12 && /^[^,.;:]+,\s*$/.test(between) ? n : null;
}

/**
 * Whether a head noun names one person ("nurse", "spokesman", "economist"), not a body, a medium or a thing an agent
 * noun's ending would let in ("decree", "agreement").
 */
function namesPerson(head: string): boolean {
  if (ORGANIZATION_WORDS.has(head) || MEDIA_WORDS.has(head)) return false;
  return (
    ROLE_NOUNS.has(head) ||
    PERSON_NOUNS.has(head) ||
    PERSON_NOUNS.has(`${head}s`) ||
    (/(?:er|or|ist|ian)$/.test(head) && isSpeakerNoun(head))
  );
}
