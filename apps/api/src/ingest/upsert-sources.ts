import { sql } from 'drizzle-orm';
import type { ParseResult } from '@claimline/schema';
import type { Db } from '../db/client';
import { columnList, copyMerge } from '../db/copy-merge';
import { sources } from '../db/schema';
import { resolveIdentities } from '../identity/resolve-identities';
import { withoutTitles } from '../identity/without-titles';
import { sourceId } from './ids';
import { sourceIdentity } from './source-key';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const unionJsonb = (column: string) =>
  sql.raw(
    `(SELECT coalesce(jsonb_agg(DISTINCT v ORDER BY v), '[]'::jsonb) FROM jsonb_array_elements(sources.${column} || excluded.${column}) AS v)`,
  );

// The name a record shows, whatever order its forms arrived in: fewest words, then the longest
// ("Andrew Cuomo" over "Andrew M. Cuomo", "Steven Mnuchin" over "Steve Mnuchin"), then alphabetical.
// Byte order (COLLATE "C"), as JS compares, so a batch and single ingests pick the same name.
const nameRank = (table: string) =>
  sql.raw(`(array_length(string_to_array(${table}.name, ' '), 1), -length(${table}.name), ${table}.name COLLATE "C")`);

/** Whether `a` is the better name to show (see nameRank). */
function betterName(a: string, b: string): boolean {
  const words = a.split(' ').length - b.split(' ').length;
  if (words !== 0) return words < 0;
  if (a.length !== b.length) return a.length > b.length;
  return a < b;
}
const preferredName = sql`CASE WHEN NOT sources.edited AND ${nameRank('excluded')} < ${nameRank('sources')} THEN excluded.name ELSE sources.name END`;

/** Each parser source id of a batch: the record its name is stored under, and the root that record belongs to now. */
export interface SourceIds {
  origin: Map<string, string>;
  root: Map<string, string>;
}

/**
 * The identity blocks the sources of `parses` fall in, sorted: what a caller of upsertSources
 * locks (lockBlocks) before any source, quote or rollup row it writes, so every writer takes those
 * locks in one order: blocks, then rows. An ingest writes its new articles and claim texts before
 * (storeParsedMany); a reparse writing the same new claim text under its blocks is the one deadlock
 * left, which PostgreSQL breaks and retryTransaction runs again.
 */
export function sourceBlocks(parses: ParseResult[]): string[] {
  const blocks = new Set<string>();
  for (const parsed of parses) {
    for (const s of parsed.sources) {
      const block = sourceIdentity(s, parsed.article.contentHash).block;
      if (block) blocks.add(block);
    }
  }
  return [...blocks].sort();
}

/**
 * Inserts or finds the stored source of every parsed source of `parses` (one or a batch of
 * articles), then re-resolves the identity blocks they touch (resolveIdentities). One upsert on
 * the primary key (the id is a hash of the normalized key: no read-then-write race); rows are
 * sorted by key. The caller has locked sourceBlocks(parses) first (storeParsedMany, reparse), so
 * concurrent transactions cannot deadlock.
 */
export async function upsertSources(tx: Tx, parses: ParseResult[]): Promise<SourceIds> {
  const byKey = new Map<
    string,
    { key: string; parserIds: string[]; row: typeof sources.$inferInsert & { aliases: string[]; roles: string[] } }
  >();
  for (const parsed of parses) {
    for (const s of parsed.sources) {
      const identity = sourceIdentity(s, parsed.article.contentHash);
      const key = identity.key;
      const stripped = identity.form === 'full' ? withoutTitles(s.name) : { name: s.name, titles: [] };
      const names = [s.name, ...s.aliases];
      const seen = byKey.get(key);
      if (seen) {
        seen.parserIds.push(s.id);
        if (betterName(stripped.name, seen.row.name)) seen.row.name = stripped.name;
        seen.row.aliases = [...new Set([...seen.row.aliases, ...names])];
        seen.row.roles = [...new Set([...seen.row.roles, ...s.roles, ...stripped.titles])];
        continue;
      }
      byKey.set(key, {
        key,
        parserIds: [s.id],
        row: {
          id: sourceId(key),
          key,
          name: stripped.name,
          kind: s.kind,
          roles: [...new Set([...s.roles, ...stripped.titles])],
          aliases: [...new Set(names)],
          descriptor: s.descriptor,
          block: identity.block,
          nameForm: identity.form,
        },
      });
    }
  }
  const entries = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const e of entries) e.row.aliases = e.row.aliases.filter((a) => a !== e.row.name).sort();
  const blocks = [...new Set(entries.flatMap((e) => (e.row.block ? [e.row.block] : [])))].sort();
  const now = new Date().toISOString();
  const returned = await copyMerge<typeof sources, { id: string; key: string; merged_into_id: string | null }>(
    tx,
    sources,
    // COPY sends every column: those a new record starts with are given here, not left to defaults.
    entries.map((e) => ({
      ...e.row,
      reference: false,
      edited: false,
      createdAt: now,
      mergedIntoId: null,
      linkKind: null,
      wikidataId: null,
    })),
    (stage) => sql`INSERT INTO sources (${columnList(sources)}) SELECT ${columnList(sources)} FROM ${stage} ORDER BY id
      ON CONFLICT (id) DO UPDATE SET name = ${preferredName},
        aliases = (SELECT coalesce(jsonb_agg(DISTINCT v ORDER BY v), '[]'::jsonb) FROM jsonb_array_elements(sources.aliases || excluded.aliases || to_jsonb(excluded.name)) AS v WHERE v #>> '{}' <> ${preferredName}),
        roles = ${unionJsonb('roles')}, block = excluded.block, name_form = excluded.name_form
      RETURNING id, key, merged_into_id`,
  );
  const stored = new Map(returned.map((r) => [r.key, { id: r.id, root: r.merged_into_id ?? r.id }]));
  const origin = new Map<string, string>();
  for (const e of entries) {
    const id = stored.get(e.key)?.id;
    if (id) for (const parserId of e.parserIds) origin.set(parserId, id);
  }
  const pending = new Map<string, number>();
  for (const parsed of parses) {
    for (const q of parsed.quotes) {
      const id = q.sourceId === null ? undefined : origin.get(q.sourceId);
      if (id) pending.set(id, (pending.get(id) ?? 0) + 1);
    }
  }
  const resolved = await resolveIdentities(tx, blocks, pending);
  const root = new Map<string, string>();
  for (const e of entries) {
    const s = stored.get(e.key);
    if (!s) continue;
    for (const parserId of e.parserIds) root.set(parserId, resolved.get(s.id) ?? s.root);
  }
  return { origin, root };
}

/** The transaction handle Drizzle passes to `db.transaction`. */
export type { Tx };
