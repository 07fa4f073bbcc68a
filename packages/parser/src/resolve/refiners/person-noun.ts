import { KINSHIP_GENDER } from '../../lexicon/name-context';
import { COLLECTIVE_NOUNS } from '../../lexicon/statement-nouns';
import { ORGANIZATION_WORDS, ROLE_NOUNS, TITLE_ROLE_NOUNS, isSpeakerNoun } from '../../lexicon/role-nouns';
import { words } from '../name-words';
import type { NominalRefiner } from '../nominal';
import { recent } from '../recent';
import { addEntity } from '../registry';

/** Who speaks for a body: "the spokesperson" is its voice, not the person last quoted. */
const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
/**
 * Whether the text before `at` gives the body a spokesperson ("a spokesperson for Honda", "an Amazon spokesman", "a
 * spokesman for the private business group Kansai Economic Federation": its name within a few words after "for").
 */
function hasSpokesperson(text: string, at: number, name: string): boolean {
  const before = (phrase: string) => phrase.length <= at && text.lastIndexOf(phrase, at - phrase.length) >= 0;
  for (const word of SPOKESPEOPLE) {
    if (before(`${name} ${word}`)) return true;
    for (const link of [' for ', ' from ']) {
      const found = text.lastIndexOf(`${word}${link}`, at);
      if (found < 0) continue;
      // Searched in the few words after "for" only: this runs for every body a "the spokesperson" could be.
      const from = found + word.length + link.length;
      const window = text.slice(from, Math.min(at, from + 60 + name.length));
      const named = window.indexOf(name);
      if (named >= 0 && !/[.;:!?]/.test(window.slice(0, named))) return true;
    }
  }
  return false;
}

const WORD_CHAR = /[\p{L}.'’-]/u;
/** A description opening with whose it is: "his", "her", "their", or a name in "'s" ("Bagala's son"). */
const POSSESSIVE_OPENING = /^(?:his|her|their|\S+['’]s?)\s/i;
const UPPER = /\p{Lu}/u;

/** Whether a capitalized word and a comma come just before `at`: a description set in apposition to a name. */
function afterName(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i -= 1;
  if (text[i] !== ',') return false;
  let j = i - 1;
  while (j >= 0 && i - j < 40 && WORD_CHAR.test(text[j] ?? '')) j -= 1;
  return j + 1 < i && UPPER.test(text[j + 1] ?? '');
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
    (!COLLECTIVE_NOUNS.has(head) && (ROLE_NOUNS.has(head) || (!ORGANIZATION_WORDS.has(head) && isSpeakerNoun(head) && !/s$/.test(head))));
  if (!person) return null;
  // "A representative of a major Illinois cannabis firm" is someone new, not the representative named before; unless
  // set right after a name ("Justice B N Srikrishna, a former Supreme Court justice, told").
  const indefinite = /^(?:a|an|one|another|some|two|three|several)\b/i.test(m.text);
  const appositive = afterName(ctx.doc.text, m.start);
  // "Gov. Kim Reynolds ... The governor": an abbreviated title is the role it stands for.
  const byRole =
    indefinite && !appositive
      ? null
      : recent(
          ctx,
          m.start,
          (c) => c.kind === 'person' && c.roles.some((r) => words(r).some((w) => w === head || TITLE_ROLE_NOUNS.get(w) === head)),
          0,
        );
  if (byRole !== null) return byRole;
  // (Not "LaHood’s spokesperson": whose it is, the words say.)
  if (!indefinite && SPOKESPEOPLE.has(head) && !/['’]s\s/.test(m.text)) {
    // "A spokesperson for Honda North America said ... the spokesperson said", "An Amazon spokesperson says ... The
    // spokesperson said": the spokesperson quoted before, or the body the article gave one.
    const body = recent(
      ctx,
      m.start,
      (c) =>
        (c.kind === 'anonymous' && words(c.name).some((w) => SPOKESPEOPLE.has(w))) ||
        (c.kind === 'organization' && hasSpokesperson(ctx.doc.text, m.start, c.name)),
    );
    if (body !== null) return body;
  }
  // "His son said", "according to her daughter": a relative is another person than the one the article is about (but
  // "Dante Vicino, Robert’s son, says" describes the name before it).
  const relative = KINSHIP_GENDER.has(head) && POSSESSIVE_OPENING.test(m.text) && !appositive;
  if (!indefinite && !relative) {
    // A definite description ("the 26-year-old right wing", "the mayor") names the person in focus.
    const focus = recent(ctx, m.start, (c) => c.kind === 'person' && c.subject);
    if (focus !== null) return focus;
  }
  // "A spokesperson told Reuters": someone the article does not name, an anonymous source of this article.
  return addEntity(ctx, m.name, 'anonymous', m.start, m.text, m.role);
};
