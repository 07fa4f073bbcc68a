import type { SourceKind } from '@claimline/schema';
import type { ResolveContext } from './context';
import type { Gender, NameOccurrence } from './name-index';
import { addEntity, genderOf } from './registry';
import { sentenceAt } from './sentence-antecedent';

/** What a coreference test sees of a candidate antecedent. */
export interface Candidate {
  kind: SourceKind;
  name: string;
  roles: readonly string[];
  /** Whether it stood where a speaker stands (a speaker already, or a name in subject position). */
  subject: boolean;
  readonly gender: Gender;
}

/**
 * A candidate whose gender is read only when its test asks (one test of a dozen does: a he or she's): the article's
 * vote for the name's last word cost a memo look-up and a map's for each of the 150k candidates a pass over Reuters
 * tested. `known` is the gender already known (an entity's own), else null and the vote decides.
 */
class TestedCandidate implements Candidate {
  private read: Gender | undefined = undefined;

  constructor(
    readonly kind: SourceKind,
    readonly name: string,
    readonly roles: readonly string[],
    readonly subject: boolean,
    private readonly known: Gender,
    private readonly ctx: ResolveContext,
  ) {}

  get gender(): Gender {
    // (Null is an answer too: undefined marks a gender not read yet.)
    if (this.read === undefined) this.read = this.known ?? genderOf(this.ctx, this.name);
    return this.read;
  }
}

/**
 * The most recent speaker or written name before `at` that passes `test`; a speaker wins unless a
 * name is more recent by `lead` characters (or opens its sentence). Returns its entity index. A speaker resolved at
 * `at` itself counts: a second claim of one mention ("the company said, such a system ...") resolves as the first.
 */
export function recent(ctx: ResolveContext, at: number, test: (c: Candidate) => boolean, lead = 400): number | null {
  let best: { at: number; index: number | null; occurrence?: NameOccurrence } | null = null;
  // Only the last few hundred mentions count: antecedents are near, and long texts stay linear.
  for (let t = ctx.touched.length - 1; t >= Math.max(0, ctx.touched.length - 300); t -= 1) {
    const index = ctx.touched[t] ?? -1;
    const e = ctx.entities[index];
    if (e === undefined || e.lastAt > at || (best !== null && e.lastAt <= best.at) || ctx.writers.has(index)) continue;
    if (test(new TestedCandidate(e.kind, e.name, e.roles, true, e.gender, ctx))) best = { at: e.lastAt, index };
  }
  const names = ctx.names;
  const lo = firstNameFrom(names, at);
  for (let i = lo - 1; i >= Math.max(0, lo - 300); i -= 1) {
    const n = names[i];
    if (n === undefined) break;
    // (Nor a name inside a quotation: whom a speaker talks of is no antecedent of who speaks next.)
    if (excluded(ctx, n.at) || ctx.inQuotation(n.at)) continue;
    // A name must be clearly more recent than the last speaker, unless it opens its sentence.
    if (best !== null && n.at <= best.at + (n.focus ? 0 : lead)) {
      if (n.at <= best.at) break;
      continue;
    }
    if (test(candidateOf(ctx, n))) {
      best = { at: n.at, index: null, occurrence: focusBefore(ctx, names, i, test) ?? n };
      break;
    }
  }
  if (best === null) return null;
  if (best.index !== null) return best.index;
  const o = best.occurrence;
  return o === undefined ? null : addEntity(ctx, o.name, o.kind, o.at, o.name, o.role);
}

/**
 * The name in focus earlier in the same sentence as names[i], when names[i] is not in focus itself and one passes
 * `test`: "Schwab-Pomerantz is impressed with where Navarro stands now. “...,” she tells CNBC." is Schwab-Pomerantz,
 * the sentence's subject, not the name last written.
 */
function focusBefore(
  ctx: ResolveContext,
  names: readonly NameOccurrence[],
  i: number,
  test: (c: Candidate) => boolean,
): NameOccurrence | null {
  const n = names[i];
  if (n === undefined || n.focus) return null;
  const sentence = sentenceAt(ctx.doc, n.at);
  if (sentence === null) return null;
  for (let j = i - 1; j >= Math.max(0, i - 6); j -= 1) {
    const o = names[j];
    if (o === undefined || o.at < sentence.start) return null;
    if (!o.focus || excluded(ctx, o.at)) continue;
    // Only a name the article gave before (a dateline's city, "Nordic" or "Today CIR" opening a sentence is none).
    if (!namedBefore(names, j, o.name)) return null;
    return test(candidateOf(ctx, o)) ? o : null;
  }
  return null;
}

/** Whether a name ending in the same word as `name` comes before names[j] (within the last 300 names). */
function namedBefore(names: readonly NameOccurrence[], j: number, name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  for (let k = j - 1; k >= Math.max(0, j - 300); k -= 1) {
    const other = names[k]?.name ?? '';
    if (other === last || other.endsWith(` ${last}`)) return true;
  }
  return false;
}

/** What a coreference test sees of a name written in the article. */
function candidateOf(ctx: ResolveContext, n: NameOccurrence): Candidate {
  return new TestedCandidate(n.kind, n.name, n.role === null ? [] : [n.role], n.subject, null, ctx);
}

/** Whether `at` lies in the span the mention being resolved excludes (its own claim's words). */
function excluded(ctx: ResolveContext, at: number): boolean {
  return at >= ctx.exclude.start && at < ctx.exclude.end;
}

/** The index of the first name written at or after `at` (names are in text order), by binary search. */
export function firstNameFrom(names: readonly NameOccurrence[], at: number): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names[mid]?.at ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
