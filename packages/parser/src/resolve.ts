import type { SourceKind } from '@claimline/schema';
import type { Claim, Entity, Mention, ParseDocument } from './document';
import { ORGANIZATION_WORDS, ROLE_NOUNS } from './lexicon/role-nouns';
import { indexNames, type NameOccurrence } from './name-index';
import { isMediaNoun, nameKind } from './name-kind';

const words = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Whether two names name the same speaker: same last word, and one's words within the other's. */
function sameName(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0 || x.at(-1) !== y.at(-1)) return false;
  const sx = new Set(x);
  const sy = new Set(y);
  return x.every((w) => sy.has(w)) || y.every((w) => sx.has(w));
}

/** Resolves speakers to entities across the article: names, surnames, pronouns, epithets and relays. */
class Resolver {
  readonly entities: Entity[] = [];
  /** Entities by kind and last word, so look-ups stay fast on long texts. */
  private readonly byKey = new Map<string, number[]>();
  private readonly namesByLast = new Map<string, NameOccurrence[]>();
  /** Entity indices in the order they were last mentioned (recency for coreference). */
  private readonly touched: number[] = [];

  constructor(private readonly names: readonly NameOccurrence[]) {
    for (const n of names) {
      const key = words(n.name).at(-1) ?? '';
      const list = this.namesByLast.get(key) ?? [];
      list.push(n);
      this.namesByLast.set(key, list);
    }
  }

  /** The fullest name in the article that the short one is part of ("Peskov" -> "Dmitry Peskov"). */
  private fullest(name: string, kind: SourceKind): { name: string; roles: string[] } {
    let best = name;
    const roles: string[] = [];
    for (const n of this.namesByLast.get(words(name).at(-1) ?? '') ?? []) {
      if (!sameName(n.name, name)) continue;
      if (n.role !== null && !roles.includes(n.role)) roles.push(n.role);
      if (n.kind === kind && words(n.name).length > words(best).length) best = n.name;
    }
    return { name: best, roles };
  }

  entity(name: string, kind: SourceKind, at: number, alias: string, role: string | null): number {
    const full = kind === 'anonymous' ? { name, roles: [] } : this.fullest(name, kind);
    const canonical = full.name;
    const key = `${kind}:${kind === 'anonymous' ? canonical : (words(canonical).at(-1) ?? '')}`;
    const candidates = this.byKey.get(key) ?? [];
    let index = candidates.find((i) => {
      const e = this.entities[i];
      return e !== undefined && (kind === 'anonymous' ? e.name === canonical : sameName(e.name, canonical));
    }) ?? -1;
    if (index < 0) {
      this.entities.push({ name: canonical, kind, roles: full.roles.slice(0, 5), aliases: [], descriptor: kind === 'anonymous' ? name : null, lastAt: at });
      index = this.entities.length - 1;
      candidates.push(index);
      this.byKey.set(key, candidates);
    }
    this.touched.push(index);
    const e = this.entities[index];
    if (e !== undefined) {
      if (words(canonical).length > words(e.name).length) e.name = canonical;
      if (alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
      if (role !== null && !e.roles.includes(role)) e.roles.push(role);
      e.lastAt = Math.max(e.lastAt, at);
    }
    return index;
  }

  /** The most recent entity or written name before `at` that passes `test`. */
  recent(at: number, test: (kind: SourceKind, name: string, roles: readonly string[]) => boolean): number | null {
    let best: { at: number; index: number | null; occurrence?: NameOccurrence } | null = null;
    // Only the last few hundred mentions count: antecedents are near, and long texts stay linear.
    for (let t = this.touched.length - 1; t >= Math.max(0, this.touched.length - 300); t -= 1) {
      const index = this.touched[t] ?? -1;
      const e = this.entities[index];
      if (e !== undefined && e.lastAt < at && test(e.kind, e.name, e.roles) && (best === null || e.lastAt > best.at)) best = { at: e.lastAt, index };
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
      if (n === undefined || (best !== null && n.at <= best.at + 400)) break;
      if (test(n.kind, n.name, n.role === null ? [] : [n.role])) {
        best = { at: n.at, index: null, occurrence: n };
        break;
      }
    }
    const found = best;
    if (found === null) return null;
    if (found.index !== null) return found.index;
    const o = found.occurrence;
    return o === undefined ? null : this.entity(o.name, o.kind, o.at, o.name, o.role);
  }

  resolve(m: Mention): number | null {
    const lower = m.text.toLowerCase();
    switch (m.kind) {
      case 'name': {
        const name = m.name.replace(/['’]s$/, '');
        return this.entity(name, nameKind(name), m.start, m.text, m.role);
      }
      case 'pronoun':
        if (lower === 'he' || lower === 'she' || lower === 'i') return this.recent(m.start, (kind) => kind === 'person');
        return this.recent(m.start, (kind) => kind !== 'person');
      case 'anonymous':
        return this.entity(m.text.replace(/^(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|other|several|some)\s+/i, ''), 'anonymous', m.start, m.text, null);
      case 'nominal': {
        const head = words(m.text).at(-1) ?? '';
        if (isMediaNoun(head) && !ROLE_NOUNS.has(head)) {
          const media = this.recent(m.start, (kind) => kind === 'media');
          if (media !== null) return media;
        }
        if (ROLE_NOUNS.has(head)) {
          const person = this.recent(m.start, (kind, _n, roles) => kind === 'person' && roles.some((r) => words(r).includes(head)));
          if (person !== null) return person;
          return this.entity(m.name, 'person', m.start, m.text, m.role);
        }
        if (ORGANIZATION_WORDS.has(head)) {
          const org = this.recent(m.start, (kind, name) => kind === 'organization' && words(name).includes(head));
          if (org !== null) return org;
          return this.entity(m.name, 'organization', m.start, m.text, null);
        }
        return this.entity(m.name, 'unknown', m.start, m.text, null);
      }
    }
  }
}

/** Stage 6: resolve every claim's speaker to an entity, and the outlet that relays anonymous sources. */
export function resolve(doc: ParseDocument): void {
  const resolver = new Resolver(indexNames(doc));
  let previous: Claim | null = null;
  for (const claim of doc.claims) {
    if (claim.mention !== null) claim.entity = resolver.resolve(claim.mention);
    else if (claim.inherits && previous !== null && claim.span.start - previous.span.end < 1500) claim.entity = previous.entity;
    const entity = claim.entity === null ? undefined : resolver.entities[claim.entity];
    if (entity?.kind === 'anonymous') claim.via = resolver.recent(claim.span.start, (kind) => kind === 'media');
    if (claim.entity !== null) {
      const e = resolver.entities[claim.entity];
      if (e !== undefined) e.lastAt = Math.max(e.lastAt, claim.mention?.start ?? claim.span.start);
    }
    previous = claim;
  }
  doc.entities = resolver.entities;
}
