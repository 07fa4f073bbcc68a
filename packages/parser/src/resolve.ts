import type { SourceKind } from '@claimline/schema';
import { anonymousAntecedent, anonymousPhrases, type AnonymousPhrase } from './anonymous-antecedent';
import type { Claim, Entity, Mention, ParseDocument } from './document';
import { UNNAMED_DETERMINERS } from './lexicon/anonymous';
import { DETERMINERS, TIME_WORDS } from './lexicon/function-words';
import { ORGANIZATION_WORDS, ROLE_NOUNS, isSpeakerNoun } from './lexicon/role-nouns';
import { indexNames, type Gender, type NameOccurrence } from './name-index';
import { isMediaNoun, nameKind } from './name-kind';
import { initials, sameName, words } from './name-words';
import { DOCUMENT_NOUNS } from './rules/document-mention';
import { sentenceAntecedent } from './sentence-antecedent';

/** What a coreference test sees of a candidate antecedent. */
interface Candidate {
  kind: SourceKind;
  name: string;
  roles: readonly string[];
  /** Whether it stood where a speaker stands (a speaker already, or a name in subject position). */
  subject: boolean;
  gender: Gender;
}

/** Nouns for what a speaker issues, standing for its author ("A statement said ..."). */
const STATEMENT_NOUNS = new Set([
  'statement',
  'release',
  'letter',
  'memo',
  'email',
  'e-mail',
  'post',
  'tweet',
  'notice',
  'report',
  'study',
  'survey',
  'analysis',
]);
/** Capitalized words before a statement noun that do not name its author ("One post", "Thursday's report"). */
const NOT_AUTHOR = new Set([
  ...DETERMINERS,
  ...UNNAMED_DETERMINERS,
  ...TIME_WORDS,
  'new',
  'latest',
  'last',
  'recent',
  'annual',
  'final',
  'joint',
  'weekly',
  'monthly',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
/** "I", "I'm", "my", "me" as words: a claim in the first person singular. */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|my|me)\b/;

/** Whether text[start, end) speaks in the first person singular (end is bounded by the caller: linear). */
function firstPersonIn(text: string, start: number, end: number): boolean {
  return FIRST_PERSON.test(text.slice(start, end));
}
/** Nouns for many people at once: "city staff said" is the staff, never the last person named. */
const COLLECTIVE = new Set([
  'staff',
  'police',
  'public',
  'crowd',
  'family',
  'youth',
  'team',
  'government',
  'military',
  'board',
  'council',
  'committee',
  'panel',
  'jury',
  'union',
]);

/** Resolves speakers to entities across the article: names, surnames, pronouns, epithets and relays. */
class Resolver {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, number[]>();
  private readonly namesByWord = new Map<string, NameOccurrence[]>();
  private readonly genders = new Map<string, number>();
  /** Entity indices in the order they were last mentioned (recency for coreference). */
  private readonly touched: number[] = [];

  /** How much more recent a written name must be than the last speaker to win a pronoun. */
  lead = 400;
  /** The claim being resolved: names inside its own words are not its speaker ("Macharia ... hid, he said"). */
  exclude: { start: number; end: number } = { start: 0, end: 0 };

  /** The text of the claim being resolved, and whether it speaks as "I" (computed on first need). */
  private claimText: (() => boolean) | null = null;
  private firstPersonCache: boolean | null = null;

  /** Starts the resolution of one claim. */
  startClaim(span: { start: number; end: number }, text: () => boolean): void {
    this.exclude = span;
    this.claimText = text;
    this.firstPersonCache = null;
  }

  /** Whether the claim being resolved speaks as "I": then its speaker is a person. */
  get firstPerson(): boolean {
    if (this.firstPersonCache === null) this.firstPersonCache = this.claimText?.() ?? false;
    return this.firstPersonCache;
  }

  /** Anonymous groups the text describes, found on the first bare anonymous mention (most articles have none). */
  private anonymousList: readonly AnonymousPhrase[] | null = null;
  private findAnonymous: (() => readonly AnonymousPhrase[]) | null = null;

  /** Sets how to find the anonymous groups of the article when first needed. */
  anonymousFrom(find: () => readonly AnonymousPhrase[]): void {
    this.findAnonymous = find;
  }

  private get anonymous(): readonly AnonymousPhrase[] {
    this.anonymousList ??= this.findAnonymous?.() ?? [];
    return this.anonymousList;
  }

  /** Built on the first acronym: most articles have none. */
  private initialsIndex: Map<string, NameOccurrence> | null = null;

  private get byInitials(): Map<string, NameOccurrence> {
    if (this.initialsIndex === null) {
      this.initialsIndex = new Map();
      for (const n of this.names) {
        if (!n.name.includes(' ')) continue;
        const key = initials(n.name);
        if (!this.initialsIndex.has(key)) this.initialsIndex.set(key, n);
      }
    }
    return this.initialsIndex;
  }

  constructor(private readonly names: readonly NameOccurrence[]) {
    for (const n of names) {
      const w = words(n.name);
      // Indexed by last and first word: "Peskov" -> "Dmitry Peskov", "Wang" -> "Wang Qishan".
      const last = w.at(-1) ?? '';
      this.index(last, n);
      if (w.length > 1 && w[0] !== undefined && w[0] !== last) this.index(w[0], n);
      if (n.gender !== null) {
        const key = w.at(-1) ?? '';
        this.genders.set(key, (this.genders.get(key) ?? 0) + (n.gender === 'm' ? 1 : -1));
      }
    }
  }

  private index(key: string, n: NameOccurrence): void {
    const list = this.namesByWord.get(key);
    if (list === undefined) this.namesByWord.set(key, [n]);
    else list.push(n);
  }

  genderOf(name: string): Gender {
    const vote = this.genders.get(words(name).at(-1) ?? '') ?? 0;
    return vote > 0 ? 'm' : vote < 0 ? 'f' : null;
  }

  /** The fullest name in the article that the short one is part of ("Peskov" -> "Dmitry Peskov"). */
  private readonly fullestCache = new Map<string, { name: string; roles: string[] }>();

  private fullest(name: string, kind: SourceKind): { name: string; roles: string[] } {
    const cacheKey = `${kind}\u0000${name}`;
    let found = this.fullestCache.get(cacheKey);
    if (found === undefined) {
      found = this.findFullest(name, kind);
      this.fullestCache.set(cacheKey, found);
    }
    // A person speaking as "I" by first name ("says Michael") is the one full name the article gives with it.
    if (kind === 'person' && found.name === name && !name.includes(' ') && this.firstPerson) {
      const full = this.byFirstName(name);
      if (full !== null) return { name: full, roles: found.roles };
    }
    return found;
  }

  private readonly firstNameCache = new Map<string, string | null>();

  /** The one full name of a person in the article that starts with `first`, or null (none, or several). */
  private byFirstName(first: string): string | null {
    const cached = this.firstNameCache.get(first);
    if (cached !== undefined) return cached;
    const key = words(first)[0] ?? '';
    let match: string | null = null;
    let count = 0;
    for (const n of (this.namesByWord.get(key) ?? []).slice(0, 200)) {
      const nw = words(n.name);
      if (n.kind !== 'person' || n.name === match || nw.length < 2 || nw.length > 3 || nw[0] !== key) continue;
      match = n.name;
      count += 1;
    }
    const found = count === 1 ? match : null;
    this.firstNameCache.set(first, found);
    return found;
  }

  private findFullest(name: string, kind: SourceKind): { name: string; roles: string[] } {
    let best = name;
    const roles: string[] = [];
    const w = words(name);
    // An acronym stands for the name whose initials it is ("the PBO").
    if (/^\p{Lu}{2,6}$/u.test(name)) {
      const long = this.byInitials.get(name);
      if (long !== undefined) return { name: long.name, roles: long.role === null ? [] : [long.role] };
    }
    // The first couple of hundred mentions sharing the word: full names come early, and long texts stay linear.
    for (const n of (this.namesByWord.get(w.at(-1) ?? '') ?? []).slice(0, 200)) {
      // "Wang" -> "Wang Qishan" (family name first) only for a person the text gives a title or pronoun.
      const nw = words(n.name);
      const familyFirst = w.length === 1 && nw[0] === w[0] && nw.length <= 3 && (n.role !== null || n.gender !== null);
      const same = sameName(n.name, name) || familyFirst;
      if (!same) continue;
      if (n.role !== null && roles.length < 5 && !roles.includes(n.role)) roles.push(n.role);
      if (n.kind === kind && nw.length > words(best).length) best = n.name;
    }
    return { name: best, roles };
  }

  /** The fullest form of a person's name in the article. */
  fullestName(name: string): string {
    return this.fullest(name, 'person').name;
  }

  entity(name: string, kind: SourceKind, at: number, alias: string, role: string | null): number {
    const full = kind === 'anonymous' ? { name, roles: [] } : this.fullest(name, kind);
    const canonical = full.name;
    const key = `${kind}:${kind === 'anonymous' ? canonical : (words(canonical).at(-1) ?? '')}`;
    const candidates = this.byKey.get(key) ?? [];
    let index = -1;
    // The most recent few with the same last word: enough for real text, and linear on pathological input.
    for (let c = candidates.length - 1; c >= Math.max(0, candidates.length - 50) && index < 0; c -= 1) {
      const e = this.entities[candidates[c] ?? -1];
      if (e !== undefined && (kind === 'anonymous' ? e.name === canonical : sameName(e.name, canonical))) index = candidates[c] ?? -1;
    }
    if (index < 0) {
      this.entities.push({
        name: canonical,
        kind,
        roles: full.roles.slice(0, 5),
        aliases: [],
        descriptor: kind === 'anonymous' ? name : null,
        lastAt: at,
      });
      index = this.entities.length - 1;
      candidates.push(index);
      this.byKey.set(key, candidates);
    }
    this.touched.push(index);
    const e = this.entities[index];
    if (e !== undefined) {
      if (words(canonical).length > words(e.name).length) e.name = canonical;
      // Bounded lists: a source is shown with a few aliases and roles, and long texts stay linear.
      if (alias !== e.name && e.aliases.length < 20 && !e.aliases.includes(alias)) e.aliases.push(alias);
      if (role !== null && e.roles.length < 10 && !e.roles.includes(role)) e.roles.push(role);
      e.lastAt = Math.max(e.lastAt, at);
    }
    return index;
  }

  /** The most recent speaker or written name before `at` that passes `test`; a speaker wins unless a name is much more recent. */
  recent(at: number, test: (c: Candidate) => boolean, lead = 400): number | null {
    let best: { at: number; index: number | null; occurrence?: NameOccurrence } | null = null;
    // Only the last few hundred mentions count: antecedents are near, and long texts stay linear.
    for (let t = this.touched.length - 1; t >= Math.max(0, this.touched.length - 300); t -= 1) {
      const index = this.touched[t] ?? -1;
      const e = this.entities[index];
      if (e === undefined || e.lastAt >= at || (best !== null && e.lastAt <= best.at)) continue;
      if (test({ kind: e.kind, name: e.name, roles: e.roles, subject: true, gender: this.genderOf(e.name) }))
        best = { at: e.lastAt, index };
    }
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.names[mid]?.at ?? Infinity) < at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= Math.max(0, lo - 300); i -= 1) {
      const n = this.names[i];
      if (n === undefined) break;
      if (n.at >= this.exclude.start && n.at < this.exclude.end) continue;
      // A name must be clearly more recent than the last speaker, unless it opens its sentence.
      if (best !== null && n.at <= best.at + (n.focus ? 0 : lead)) {
        if (n.at <= best.at) break;
        continue;
      }
      const candidate = {
        kind: n.kind,
        name: n.name,
        roles: n.role === null ? [] : [n.role],
        subject: n.subject,
        gender: this.genderOf(n.name),
      };
      if (test(candidate)) {
        best = { at: n.at, index: null, occurrence: n };
        break;
      }
    }
    if (best === null) return null;
    if (best.index !== null) return best.index;
    const o = best.occurrence;
    return o === undefined ? null : this.entity(o.name, o.kind, o.at, o.name, o.role);
  }

  resolve(m: Mention): number | null {
    const lower = m.text.toLowerCase();
    switch (m.kind) {
      case 'name': {
        const name = m.name.replace(/['’]s$/, '');
        let kind = nameKind(name);
        // A one-word name the article never gives in full, with no title or pronoun for it, is a body ("Google said").
        // Unless its own words say "I": a body speaks as "we" ("I met this sassy woman," says Michael).
        if (
          kind === 'person' &&
          !name.includes(' ') &&
          m.role === null &&
          this.fullestName(name) === name &&
          this.genderOf(name) === null &&
          !this.firstPerson
        )
          kind = 'organization';
        return this.entity(name, kind, m.start, m.text, m.role);
      }
      case 'pronoun': {
        const gender: Gender = lower === 'he' ? 'm' : lower === 'she' ? 'f' : null;
        if (lower === 'he' || lower === 'she' || lower === 'i') {
          // A person of the pronoun's known gender, else the nearest person whose gender is unknown.
          // Only named people: "a spokesperson" is not who "he" points back to.
          const found = this.recent(
            m.start,
            (c) =>
              c.kind === 'person' && c.subject && /^\p{Lu}/u.test(c.name) && (gender === null || c.gender === null || c.gender === gender),
            this.lead,
          );
          const e = found === null ? undefined : this.entities[found];
          // The pronoun tells the person's gender for later pronouns.
          if (e !== undefined && gender !== null) {
            const key = words(e.name).at(-1) ?? '';
            this.genders.set(key, (this.genders.get(key) ?? 0) + (gender === 'm' ? 1 : -1));
          }
          return found;
        }
        // "they", "it": a body, a group or sources; not a person, and rarely the outlet reporting them.
        return this.recent(m.start, (c) => c.kind !== 'person' && c.kind !== 'media' && c.subject);
      }
      case 'anonymous': {
        // "the sources", "two sources": the group the text described before, with its description.
        const group = anonymousAntecedent(() => this.anonymous, m.start, m.text);
        if (group !== null) return this.entity(group.descriptor, 'anonymous', m.start, m.text, null);
        return this.entity(
          m.text.replace(/^(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|other|several|some)\s+/i, ''),
          'anonymous',
          m.start,
          m.text,
          null,
        );
      }
      case 'nominal':
        return this.nominal(m);
    }
  }

  /** A pronoun through the subject of its own sentence; "he" and "she" only to a person of their gender. */
  resolveThrough(pronoun: Mention, antecedent: Mention): number | null {
    const lower = pronoun.text.toLowerCase();
    if (lower === 'they') return this.resolve(antecedent);
    const name = antecedent.name.replace(/['’]s$/, '');
    const gender: Gender = lower === 'he' ? 'm' : 'f';
    const known = this.genderOf(this.fullestName(name));
    if (known !== null && known !== gender) return this.resolve(pronoun);
    // A lone capitalized word opening a sentence is a name only if the article gives it in full or
    // with a pronoun ("Spring came early, she said", "Through her tears, she said").
    if (!name.includes(' ') && known === null && this.fullestName(name) === name) return this.resolve(pronoun);
    const index = this.entity(name, 'person', antecedent.start, antecedent.text, antecedent.role);
    const key = words(this.entities[index]?.name ?? name).at(-1) ?? '';
    this.genders.set(key, (this.genders.get(key) ?? 0) + (gender === 'm' ? 1 : -1));
    return index;
  }

  /** "the agency", "the Kremlin leader", "the ministry", "a statement": an epithet for someone named before. */
  private nominal(m: Mention): number | null {
    // The head noun; of a compound, its first part when that is a role ("sergeant-at-arms" -> "sergeant").
    const lastWord = m.text.toLowerCase().split(/\s+/).at(-1) ?? '';
    const compound = lastWord.split('-')[0] ?? '';
    const head = lastWord.includes('-') && ROLE_NOUNS.has(compound) ? compound : (words(m.text).at(-1) ?? '');
    if (STATEMENT_NOUNS.has(head) || DOCUMENT_NOUNS.has(head)) {
      // "ACLU's report", "a U.N. report", "the Kaiser report": the name written with it is its author.
      const before = m.text.split(/\s+/).slice(0, -1);
      // Not a determiner, a number or a day opening the phrase ("One post", "Thursday's report").
      let first = 0;
      while (
        first < before.length &&
        (!/^\p{Lu}/u.test(before[first] ?? '') || NOT_AUTHOR.has((before[first] ?? '').toLowerCase().replace(/['’]s?$/, '')))
      )
        first += 1;
      let last = first;
      while (
        last < before.length &&
        (/^\p{Lu}/u.test(before[last] ?? '') || (/^(?:and|of|for|&)$/.test(before[last] ?? '') && /^\p{Lu}/u.test(before[last + 1] ?? '')))
      )
        last += 1;
      const named = before.slice(first, last);
      // Only lowercase words between the name and the noun ("Acme Canada's public database").
      if (named.length > 0 && named.length <= 5 && before.slice(last).every((w) => !/^\p{Lu}/u.test(w))) {
        const name = named.join(' ').replace(/['’]s?$/, '');
        return this.resolve({ start: m.start, end: m.end, text: m.text, kind: 'name', name, role: null });
      }
      // "government data", "a 2017 study", "court filings": a document of no author written is its own source;
      // "the study", "the statement" is the one of the speaker in focus.
      if (DOCUMENT_NOUNS.has(head) && !/^(?:the|this|that|these|those)\s/i.test(m.text))
        return this.entity(m.name, 'unknown', m.start, m.text, null);
      const author = this.recent(m.start, (c) => c.kind !== 'anonymous' && c.subject);
      if (author !== null) return author;
    }
    if (isMediaNoun(head) && !ROLE_NOUNS.has(head)) {
      // "The agency" is a news agency or a government agency: whichever was named last.
      const kinds: readonly SourceKind[] = head === 'agency' ? ['media', 'organization'] : ['media'];
      const media = this.recent(m.start, (c) => kinds.includes(c.kind));
      if (media !== null) return media;
    }
    const aged = /\b\d+-year-old\b/.test(m.text);
    const personNoun =
      aged ||
      (!COLLECTIVE.has(head) && (ROLE_NOUNS.has(head) || (!ORGANIZATION_WORDS.has(head) && isSpeakerNoun(head) && !/s$/.test(head))));
    if (personNoun) {
      const person = this.recent(m.start, (c) => c.kind === 'person' && c.roles.some((r) => words(r).includes(head)), 0);
      if (person !== null) return person;
      if (!/^(?:a|an|one|another|some|two|three|several)\b/i.test(m.text)) {
        // A definite description ("the 26-year-old right wing", "the mayor") names the person in focus.
        const focus = this.recent(m.start, (c) => c.kind === 'person' && c.subject);
        if (focus !== null) return focus;
      }
      return this.entity(m.name, 'person', m.start, m.text, m.role);
    }
    if (ORGANIZATION_WORDS.has(head)) {
      // "police said" is the police; "the ministry", "the company" is the body named before.
      if (!/^(?:the|its|their)\b/i.test(m.text)) return this.entity(m.name, 'organization', m.start, m.text, null);
      // A body whose name has the head noun and every capitalized modifier: "the Canadian government"
      // is not the Australian Government.
      const modifiers = m.text
        .split(/\s+/)
        .slice(1, -1)
        .filter((w) => /^\p{Lu}/u.test(w))
        .flatMap((w) => words(w));
      const named = this.recent(
        m.start,
        (c) => c.kind === 'organization' && words(c.name).includes(head) && modifiers.every((w) => words(c.name).includes(w)),
        0,
      );
      if (named !== null) return named;
      // "the company" is the body in focus; a collective ("the military", "the union") is its own body.
      if (!COLLECTIVE.has(head) && modifiers.length === 0) {
        const org = this.recent(m.start, (c) => c.kind === 'organization' && c.subject, 0);
        if (org !== null) return org;
      }
      return this.entity(m.name, 'organization', m.start, m.text, null);
    }
    if (/^the\s+\p{Lu}/u.test(m.text)) {
      // "the Kentucky Republican": a proper description of the person in focus.
      const focus = this.recent(m.start, (c) => c.kind === 'person' && c.subject);
      if (focus !== null) return focus;
    }
    return this.entity(m.name, 'unknown', m.start, m.text, null);
  }
}

/** Stage 6: resolve every claim's speaker to an entity, and the outlet that relays anonymous sources. */
export function resolve(doc: ParseDocument): void {
  // Most wire stories quote nobody: the name index is built only for articles with claims.
  if (doc.claims.length === 0) return;
  const lastClaim = doc.claims.reduce((end, c) => Math.max(end, c.span.end), 0);
  const resolver = new Resolver(indexNames(doc, lastClaim));
  resolver.anonymousFrom(() => anonymousPhrases(doc, doc.claims));
  let previous: Claim | null = null;
  for (const claim of doc.claims) {
    resolver.startClaim(claim.span, () => firstPersonIn(doc.text, claim.span.start, Math.min(claim.span.end, claim.span.start + 2000)));
    if (claim.mention !== null) {
      const antecedent = claim.mention.kind === 'pronoun' ? sentenceAntecedent(doc, claim.mention, claim.span) : null;
      claim.entity = antecedent === null ? resolver.resolve(claim.mention) : resolver.resolveThrough(claim.mention, antecedent);
    } else if (claim.inherits && previous !== null && claim.span.start - previous.span.end < 1500) claim.entity = previous.entity;
    const entity = claim.entity === null ? undefined : resolver.entities[claim.entity];
    if (entity?.kind === 'anonymous') claim.via = resolver.recent(claim.span.start, (c) => c.kind === 'media');
    if (entity !== undefined) entity.lastAt = Math.max(entity.lastAt, claim.mention?.start ?? claim.span.start);
    previous = claim;
  }
  doc.entities = resolver.entities;
}
