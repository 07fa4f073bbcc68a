import { COLLECTIVE_NOUNS } from '../../lexicon/statement-nouns';
import { PLACES } from '../../lexicon/places';
import { BODY_DOMAINS, BUSINESS_NOUNS, ORGANIZATION_WORDS } from '../../lexicon/role-nouns';
import { words } from '../name-words';
import type { NominalRefiner } from '../nominal';
import { hasProperWord } from '../positions';
import { recent } from '../recent';
import { addEntity } from '../registry';

/**
 * A body by its noun: "police said" is the police; "the ministry", "the company" the body of that
 * name named before ("the Canadian government" is not the Australian Government), else the body in focus.
 */
export const bodyNoun: NominalRefiner = (ctx, m, head) => {
  if (!ORGANIZATION_WORDS.has(head)) return null;
  // "Acme Bank said" names a body; "company said", "government officials" describe one they do not name.
  const named = hasProperWord(ctx.doc, m);
  if (!/^(?:the|its|their)\b/i.test(m.text)) return addEntity(ctx, m.name, named ? 'organization' : 'anonymous', m.start, m.text, null);
  const modifiers = m.text
    .split(/\s+/)
    .slice(1, -1)
    // "The Calgary-based railway": where a body sits is no part of its name.
    .filter((w) => /^\p{Lu}/u.test(w) && !/-based$/i.test(w))
    .flatMap((w) => words(w));
  // "the local police department" is not the Department of Homeland Security: a lowercase noun for what a body
  // does must be in its name too ("the health department", the Department of Health).
  // (A business by its trade is the company in focus: "the bank holding company", "the giant automaker".)
  const domains = BUSINESS_NOUNS.has(head) ? [] : words(m.text.slice(0, m.text.lastIndexOf(' ') + 1)).filter((w) => BODY_DOMAINS.has(w));
  const before = recent(
    ctx,
    m.start,
    (c) =>
      c.kind === 'organization' &&
      // ("The airline" is Canadian Airlines too.)
      (words(c.name).includes(head) || words(c.name).includes(`${head}s`)) &&
      modifiers.every((w) => words(c.name).includes(w)) &&
      domains.every((w) => words(c.name).includes(w)),
    0,
  );
  if (before !== null) return before;
  // "the company" is the body in focus; a collective ("the military", "the union") is its own body.
  // ("the health ministry" of no ministry named before is its own: the country in focus is often not its country.)
  if (!COLLECTIVE_NOUNS.has(head) && modifiers.length === 0 && domains.length === 0) {
    // A place speaks as its government, never as "the company" or "the insurer".
    const business = BUSINESS_NOUNS.has(head);
    const org = recent(
      ctx,
      m.start,
      (c) => c.kind === 'organization' && c.subject && !(business && PLACES.has(c.name.toLowerCase().replace(/\.$/, ''))),
    );
    if (org !== null) return org;
  }
  // "the company" with no company named before, "the government", "police": a body the text does not name, one
  // of many in a store of articles (each article's government is its own), so an anonymous source of this article.
  return addEntity(ctx, m.name, modifiers.length > 0 ? 'organization' : 'anonymous', m.start, m.text, null);
};
