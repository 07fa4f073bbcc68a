import { COLLECTIVE_NOUNS } from '../../lexicon/statement-nouns';
import { ORGANIZATION_WORDS, ROLE_NOUNS, isSpeakerNoun } from '../../lexicon/role-nouns';
import { words } from '../name-words';
import type { NominalRefiner } from '../nominal';
import { recent } from '../recent';
import { addEntity } from '../registry';

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
  const byRole = recent(ctx, m.start, (c) => c.kind === 'person' && c.roles.some((r) => words(r).includes(head)), 0);
  if (byRole !== null) return byRole;
  const indefinite = /^(?:a|an|one|another|some|two|three|several)\b/i.test(m.text);
  if (!indefinite) {
    // A definite description ("the 26-year-old right wing", "the mayor") names the person in focus.
    const focus = recent(ctx, m.start, (c) => c.kind === 'person' && c.subject);
    if (focus !== null) return focus;
  }
  // "A spokesperson told Reuters": someone the article does not name, an anonymous source of this article.
  return addEntity(ctx, m.name, indefinite ? 'anonymous' : 'person', m.start, m.text, m.role);
};
