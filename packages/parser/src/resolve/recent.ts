import type { SourceKind } from '@claimline/schema';
import type { ResolveContext } from './context';
import type { Gender, NameOccurrence } from './name-index';
import { addEntity, genderOf } from './registry';

/** What a coreference test sees of a candidate antecedent. */
export interface Candidate {
  kind: SourceKind;
  name: string;
  roles: readonly string[];
  /** Whether it stood where a speaker stands (a speaker already, or a name in subject position). */
  subject: boolean;
  gender: Gender;
}

/**
 * The most recent speaker or written name before `at` that passes `test`; a speaker wins unless a
 * name is more recent by `lead` characters (or opens its sentence). Returns its entity index.
 */
export function recent(ctx: ResolveContext, at: number, test: (c: Candidate) => boolean, lead = 400): number | null {
  let best: { at: number; index: number | null; occurrence?: NameOccurrence } | null = null;
  // Only the last few hundred mentions count: antecedents are near, and long texts stay linear.
  for (let t = ctx.touched.length - 1; t >= Math.max(0, ctx.touched.length - 300); t -= 1) {
    const index = ctx.touched[t] ?? -1;
    const e = ctx.entities[index];
    if (e === undefined || e.lastAt >= at || (best !== null && e.lastAt <= best.at)) continue;
    if (test({ kind: e.kind, name: e.name, roles: e.roles, subject: true, gender: e.gender ?? genderOf(ctx, e.name) }))
      best = { at: e.lastAt, index };
  }
  const names = ctx.names;
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((names[mid]?.at ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= Math.max(0, lo - 300); i -= 1) {
    const n = names[i];
    if (n === undefined) break;
    if (n.at >= ctx.exclude.start && n.at < ctx.exclude.end) continue;
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
      gender: genderOf(ctx, n.name),
    };
    if (test(candidate)) {
      best = { at: n.at, index: null, occurrence: n };
      break;
    }
  }
  if (best === null) return null;
  if (best.index !== null) return best.index;
  const o = best.occurrence;
  return o === undefined ? null : addEntity(ctx, o.name, o.kind, o.at, o.name, o.role);
}
