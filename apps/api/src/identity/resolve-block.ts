import type { NameForm } from '../ingest/source-key';

/** One stored record of a block as resolution sees it. */
export interface BlockRecord {
  id: string;
  form: NameForm;
  /** Canonical first name, or the initial, or '' (see parsePersonName). */
  first: string;
  generation: string;
  /** Offices from its titles and roles (roleWords). */
  offices: Set<string>;
  mergedIntoId: string | null;
  linkKind: string | null;
  reference: boolean;
  /** Quotes stored under this record's own name (not those linked to it). */
  ownQuotes: number;
  /** Roots the analyst's taught aliases point this record's names to. */
  aliasRoots: string[];
}

/** What resolution needs beyond the block: which pairs an analyst marked as different people. */
export interface ResolveContext {
  distinct: (a: string, b: string) => boolean;
}

/** How far the most quoted candidate must lead the next one to take a bare surname on its own. */
export const DOMINANCE = 4;
/** ...and how many quotes of its own it needs for that. */
export const DOMINANT_MIN_QUOTES = 5;

const linkable = (r: BlockRecord) => r.linkKind !== 'analyst' && r.linkKind !== 'split';

interface Candidate {
  root: string;
  first: string;
  generation: string;
  offices: Set<string>;
  reference: boolean;
  quotes: number;
}

/**
 * Decides, for every record of one block that resolution may move, the root it belongs to (null:
 * it stands alone). A pure function of the block's records, so the grouping does not depend on
 * the order they were stored in. In order: an alias an analyst or reference list taught; for a
 * bare surname, an initial or an acronym, the one full-named candidate that fits (same generation,
 * matching initial, an office both name if any candidate shares one), a reference entity among
 * several, else the candidate quoted DOMINANCE times more than the next. Full names and analysts'
 * links are never moved except by an alias.
 */
export function resolveBlock(records: BlockRecord[], context: ResolveContext): Map<string, string | null> {
  const decided = new Map<string, string | null>();
  const rootOf = (r: BlockRecord) => decided.get(r.id) ?? r.mergedIntoId ?? r.id;
  for (const r of records) {
    if (!linkable(r)) continue;
    const alias = [...new Set(r.aliasRoots)].filter((root) => root !== r.id && !context.distinct(r.id, root));
    if (alias.length === 1) decided.set(r.id, alias[0] ?? null);
    else if (r.form === 'full' || r.form === 'org') decided.set(r.id, null);
  }
  const candidates = new Map<string, Candidate>();
  for (const r of records) {
    if (r.form !== 'full' && r.form !== 'org') continue;
    const root = rootOf(r);
    const seen = candidates.get(root);
    if (seen) {
      seen.quotes += r.ownQuotes;
      seen.reference ||= r.reference;
      for (const o of r.offices) seen.offices.add(o);
    } else {
      candidates.set(root, {
        root,
        first: r.first,
        generation: r.generation,
        offices: new Set(r.offices),
        reference: r.reference,
        quotes: r.ownQuotes,
      });
    }
  }
  const seekers = records.filter(
    (r) => linkable(r) && !decided.has(r.id) && (r.form === 'bare' || r.form === 'initial' || r.form === 'acronym'),
  );
  for (const r of seekers) decided.set(r.id, pick(r, [...candidates.values()], context));
  return decided;
}

function pick(r: BlockRecord, all: Candidate[], context: ResolveContext): string | null {
  let fits = all.filter(
    (c) =>
      c.root !== r.id &&
      !context.distinct(r.id, c.root) &&
      (r.generation === '' || c.generation === r.generation) &&
      (r.form !== 'initial' || c.first.startsWith(r.first)) &&
      // Both name an office and none agrees: "Mayor Smith" is not "Sen. John Smith".
      (r.offices.size === 0 || c.offices.size === 0 || [...r.offices].some((o) => c.offices.has(o))),
  );
  // One that names the same office wins over those whose office is unknown: "President Trump" goes
  // to the Donald Trump known as president, not to an Eric Trump with no role given.
  const sharing = fits.filter((c) => [...r.offices].some((o) => c.offices.has(o)));
  if (sharing.length > 0) fits = sharing;
  if (fits.length === 1) return fits[0]?.root ?? null;
  const references = fits.filter((c) => c.reference);
  if (references.length === 1) return references[0]?.root ?? null;
  const [top, next] = [...fits].sort((a, b) => b.quotes - a.quotes || (a.root < b.root ? -1 : 1));
  if (top && next && top.quotes >= DOMINANT_MIN_QUOTES && top.quotes >= DOMINANCE * next.quotes) return top.root;
  return null;
}
