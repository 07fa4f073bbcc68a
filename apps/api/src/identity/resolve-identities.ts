import { sql } from 'drizzle-orm';
import { rows } from '../db/rows';
import { textArray } from './text-array';
import type { NameForm } from '../ingest/source-key';
import type { Tx } from '../ingest/upsert-sources';
import { normalizeName } from './normalize-name';
import { parsePersonName } from './person-name';
import { resolveBlock, type BlockRecord } from './resolve-block';
import { roleWords } from './role-words';

interface StoredRecord {
  id: string;
  name: string;
  block: string;
  name_form: NameForm;
  roles: string[];
  merged_into_id: string | null;
  link_kind: string | null;
  reference: boolean;
}

/** The normalized names a record answers to in the alias table: as written, and without its titles. */
export function aliasNames(name: string, form: NameForm): string[] {
  const names = [normalizeName(name)];
  const person = form === 'bare' || form === 'initial' || form === 'full' ? parsePersonName(name) : null;
  if (person) names.push([person.first, person.surname, person.generation].filter(Boolean).join(' '));
  return [...new Set(names)];
}

/**
 * Takes transaction-scoped advisory locks on the blocks, in one order, before any source row is
 * written: two ingests resolving the same surname then run one after the other, and the second
 * sees what the first stored (PostgreSQL; PGlite has one connection and serializes anyway).
 */
export async function lockBlocks(tx: Tx, blocks: string[]): Promise<void> {
  if (blocks.length === 0) return;
  await tx.execute(
    sql`SELECT count(pg_advisory_xact_lock(h)) FROM (SELECT DISTINCT hashtextextended(b, 9) AS h FROM unnest(${textArray(blocks)}) AS b ORDER BY 1) x`,
  );
}

/**
 * Re-resolves whole blocks (every record sharing a surname or short form, read through the block
 * index: never a scan of all sources) and applies what changed: links set or undone, and the quotes
 * of a re-linked record moved with it. `pendingQuotes` counts quotes about to be inserted per
 * record, so the candidates' weights are those of the finished store. Returns each record's root.
 */
export async function resolveIdentities(tx: Tx, blocks: string[], pendingQuotes = new Map<string, number>()): Promise<Map<string, string>> {
  const roots = new Map<string, string>();
  if (blocks.length === 0) return roots;
  const stored = await rows<StoredRecord>(
    tx,
    sql`SELECT id, name, block, name_form, roles, merged_into_id, link_kind, reference FROM sources WHERE block = ANY(${textArray(blocks)})`,
  );
  if (stored.length === 0) return roots;
  const ids = stored.map((s) => s.id);
  const counted = await rows<{ id: string; n: number }>(
    tx,
    sql`SELECT origin_source_id AS id, count(*)::int AS n FROM quotes WHERE origin_source_id = ANY(${textArray(ids)}) GROUP BY 1`,
  );
  const own = new Map(counted.map((c) => [c.id, Number(c.n)]));
  const pairs = await rows<{ a_id: string; b_id: string }>(
    tx,
    sql`SELECT a_id, b_id FROM source_distinct WHERE a_id = ANY(${textArray(ids)}) OR b_id = ANY(${textArray(ids)})`,
  );
  const distinctPairs = new Set(pairs.map((p) => `${p.a_id}|${p.b_id}`));
  const names = new Map(stored.map((s) => [s.id, aliasNames(s.name, s.name_form)]));
  const taught = await rows<{ alias: string; root: string }>(
    tx,
    sql`SELECT a.alias, coalesce(s.merged_into_id, s.id) AS root FROM source_aliases a JOIN sources s ON s.id = a.source_id
        WHERE a.alias = ANY(${textArray([...new Set([...names.values()].flat())])})`,
  );
  const aliasRoots = new Map<string, string[]>();
  for (const t of taught) aliasRoots.set(t.alias, [...(aliasRoots.get(t.alias) ?? []), t.root]);
  const byBlock = new Map<string, BlockRecord[]>();
  for (const s of stored) {
    const person = s.name_form === 'full' || s.name_form === 'bare' || s.name_form === 'initial' ? parsePersonName(s.name) : null;
    const record: BlockRecord = {
      id: s.id,
      form: s.name_form,
      first: person?.first ?? '',
      generation: person?.generation ?? '',
      offices: roleWords([...s.roles, ...(person?.titles ?? [])]),
      mergedIntoId: s.merged_into_id,
      linkKind: s.link_kind,
      reference: s.reference,
      ownQuotes: (own.get(s.id) ?? 0) + (pendingQuotes.get(s.id) ?? 0),
      aliasRoots: (names.get(s.id) ?? []).flatMap((n) => aliasRoots.get(n) ?? []),
    };
    byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), record]);
  }
  const distinct = (a: string, b: string) => distinctPairs.has(a < b ? `${a}|${b}` : `${b}|${a}`);
  const changed: { id: string; target: string | null }[] = [];
  for (const records of byBlock.values()) {
    const decided = resolveBlock(records, { distinct });
    for (const r of records) {
      const target = decided.has(r.id) ? (decided.get(r.id) ?? null) : r.mergedIntoId;
      if (decided.has(r.id) && target !== r.mergedIntoId) changed.push({ id: r.id, target });
      roots.set(r.id, target ?? r.id);
    }
  }
  await applyLinks(tx, changed);
  return roots;
}

/** Writes changed links and moves the quotes: those stored under the record's name, and any already at it. */
async function applyLinks(tx: Tx, changed: { id: string; target: string | null }[]): Promise<void> {
  if (changed.length === 0) return;
  const ids = changed.map((c) => c.id);
  const targets = changed.map((c) => c.target ?? c.id);
  const links = sql`unnest(${textArray(ids)}, ${textArray(targets)}) AS c(id, target)`;
  await tx.execute(sql`UPDATE sources s SET merged_into_id = nullif(c.target, c.id), link_kind = CASE WHEN c.target = c.id THEN NULL ELSE 'auto' END
    FROM ${links} WHERE s.id = c.id`);
  await tx.execute(sql`UPDATE sources s SET merged_into_id = c.target FROM ${links} WHERE s.merged_into_id = c.id AND c.target <> c.id`);
  // Two joins, each on an index (an OR of both made PGlite scan the quotes once per link).
  await tx.execute(
    sql`UPDATE quotes q SET source_id = c.target FROM ${links} WHERE q.origin_source_id = c.id AND q.source_id IS DISTINCT FROM c.target`,
  );
  await tx.execute(sql`UPDATE quotes q SET source_id = c.target FROM ${links} WHERE q.source_id = c.id AND c.target <> c.id`);
  await tx.execute(
    sql`UPDATE quotes q SET via_source_id = c.target FROM ${links} WHERE q.via_origin_id = c.id AND q.via_source_id IS DISTINCT FROM c.target`,
  );
  await tx.execute(sql`UPDATE quotes q SET via_source_id = c.target FROM ${links} WHERE q.via_source_id = c.id AND c.target <> c.id`);
}
