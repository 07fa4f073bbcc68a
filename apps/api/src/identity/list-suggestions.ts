import { sql } from 'drizzle-orm';
import type { SourceListItem, SourceSuggestion, SourceSuggestions, SuggestionEvidence } from '@claimline/schema';
import type { Db } from '../db/client';
import { rows } from '../db/rows';
import { sourcesWithCounts, toSourceListItem, type SourceCountRow } from '../queries/list-sources';
import { normalizeName } from './normalize-name';
import { parsePersonName } from './person-name';
import { roleWords } from './role-words';

interface Row extends SourceCountRow {
  block: string;
  name_form: string;
  outlets: string[] | null;
}

interface Side {
  item: SourceListItem;
  form: string;
  first: string;
  generation: string;
  offices: Set<string>;
  outlets: Set<string>;
}

const DAY = 86_400_000;

/** The evidence that `merge` is `into`, or null when their names rule it out (different first names, generations). */
function evidenceFor(into: Side, merge: Side): SuggestionEvidence[] | null {
  const evidence: SuggestionEvidence[] = [];
  const person = into.form !== 'org' && into.form !== 'acronym';
  if (person) {
    if (into.generation !== merge.generation && merge.generation !== '') return null;
    const surname = parsePersonName(into.item.name)?.surname ?? '';
    evidence.push({ kind: 'surname', detail: surname });
    if (merge.first) {
      if (into.first[0] !== merge.first[0]) return null;
      evidence.push({ kind: 'initial', detail: merge.first[0]?.toUpperCase() ?? '' });
    }
  } else {
    if (merge.form !== 'acronym') return null;
    evidence.push({ kind: 'acronym', detail: merge.item.name });
  }
  const roles = [...merge.offices].filter((o) => into.offices.has(o));
  if (roles.length > 0) evidence.push({ kind: 'role', detail: roles.join(', ') });
  const outlets = [...merge.outlets].filter((o) => into.outlets.has(o));
  if (outlets.length > 0) evidence.push({ kind: 'outlets', detail: outlets.slice(0, 3).join(', ') });
  const a = into.item;
  const b = merge.item;
  if (a.firstSeen && a.lastSeen && b.firstSeen && b.lastSeen) {
    const gap = Math.max(Date.parse(a.firstSeen) - Date.parse(b.lastSeen), Date.parse(b.firstSeen) - Date.parse(a.lastSeen));
    if (gap <= 30 * DAY) evidence.push({ kind: 'dates', detail: gap <= 0 ? 'overlapping' : `${Math.round(gap / DAY)} days apart` });
  }
  const names = new Set([a.name, ...a.aliases].map(normalizeName));
  if ([b.name, ...b.aliases].some((n) => names.has(normalizeName(n)))) evidence.push({ kind: 'alias', detail: b.name });
  return evidence;
}

const WEIGHTS: Record<SuggestionEvidence['kind'], number> = {
  surname: 0.3,
  initial: 0.15,
  role: 0.2,
  outlets: 0.1,
  dates: 0.1,
  alias: 0.2,
  acronym: 0.4,
};

/**
 * sources.suggestions: likely duplicates among the records resolution left apart: in each block
 * (shared surname or short form) with two or more records, a bare surname, an initial or an acronym
 * against each full name it could be, and full names with the same first initial; pairs an analyst
 * marked distinct are left out. Scored by the evidence, best first.
 */
export async function listSuggestions(db: Db, input: { limit: number; q?: string | undefined }): Promise<SourceSuggestions> {
  const filter = input.q ? sql`AND s.block IN (SELECT block FROM sources WHERE lower(name) LIKE ${`%${input.q.toLowerCase()}%`})` : sql``;
  const found = await rows<Row>(
    db,
    sql`SELECT x.*, b.block, b.name_form,
        (SELECT array_agg(DISTINCT d.outlet) FROM source_day_counts d WHERE d.source_id = x.id AND d.count > 0) AS outlets
      FROM (${sourcesWithCounts(sql`s.block IN (
        SELECT block FROM sources WHERE merged_into_id IS NULL AND block IS NOT NULL AND kind <> 'anonymous' GROUP BY block HAVING count(*) > 1
      ) ${filter}`)}) x JOIN sources b ON b.id = x.id
      WHERE x.quote_count > 0`,
  );
  const pairs = await rows<{ a_id: string; b_id: string }>(db, sql`SELECT a_id, b_id FROM source_distinct`);
  const distinct = new Set(pairs.map((p) => `${p.a_id}|${p.b_id}`));
  const byBlock = new Map<string, Side[]>();
  for (const r of found) {
    const person = parsePersonName(r.name);
    const side: Side = {
      item: toSourceListItem(r),
      form: r.name_form,
      first: person?.first ?? '',
      generation: person?.generation ?? '',
      offices: roleWords([...r.roles, ...(person?.titles ?? [])]),
      outlets: new Set((r.outlets ?? []).filter(Boolean)),
    };
    byBlock.set(r.block, [...(byBlock.get(r.block) ?? []), side]);
  }
  const suggestions: SourceSuggestion[] = [];
  for (const sides of byBlock.values()) {
    const targets = sides.filter((s) => s.form === 'full' || s.form === 'org');
    for (const merge of sides) {
      for (const into of targets) {
        if (into === merge || (merge.form === into.form && into.item.quoteCount < merge.item.quoteCount)) continue;
        if (merge.form === into.form && into.item.quoteCount === merge.item.quoteCount && into.item.id > merge.item.id) continue;
        const [a, b] = into.item.id < merge.item.id ? [into.item.id, merge.item.id] : [merge.item.id, into.item.id];
        if (distinct.has(`${a}|${b}`)) continue;
        const evidence = evidenceFor(into, merge);
        if (!evidence) continue;
        const score = Math.min(
          1,
          evidence.reduce((sum, e) => sum + WEIGHTS[e.kind], 0),
        );
        suggestions.push({ into: into.item, merge: merge.item, score: Math.round(score * 100) / 100, evidence });
      }
    }
  }
  suggestions.sort((x, y) => y.score - x.score || y.into.quoteCount - x.into.quoteCount || (x.merge.id < y.merge.id ? -1 : 1));
  return { items: suggestions.slice(0, input.limit) };
}
