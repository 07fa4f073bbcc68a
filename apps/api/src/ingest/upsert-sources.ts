import { sql } from 'drizzle-orm';
import type { ParseResult } from '@claimline/schema';
import type { Db } from '../db/client';
import { sources } from '../db/schema';
import { sourceId } from './ids';
import { sourceKey } from './source-key';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const unionJsonb = (column: string) =>
  sql.raw(
    `(SELECT coalesce(jsonb_agg(DISTINCT v ORDER BY v), '[]'::jsonb) FROM jsonb_array_elements(sources.${column} || excluded.${column}) AS v)`,
  );

/** Rows per INSERT, well under PostgreSQL's 65,535 bind parameters. */
export const CHUNK = 2000;

/**
 * Inserts or finds the stored source of every parsed source of `parses` (one or a batch of
 * articles) and returns parser source id -> stored id, following analyst merges. One upsert on
 * the primary key (the id is a hash of the normalized key: no read-then-write race); rows are
 * sorted by key so concurrent transactions lock them in the same order and cannot deadlock.
 */
export async function upsertSources(tx: Tx, parses: ParseResult[]): Promise<Map<string, string>> {
  const byKey = new Map<string, { key: string; parserIds: string[]; row: typeof sources.$inferInsert }>();
  for (const parsed of parses) {
    for (const s of parsed.sources) {
      const key = sourceKey(s, parsed.article.contentHash);
      const seen = byKey.get(key);
      if (seen) {
        seen.parserIds.push(s.id);
        seen.row.aliases = [...new Set([...seen.row.aliases, s.name, ...s.aliases])].filter((a) => a !== seen.row.name);
        seen.row.roles = [...new Set([...seen.row.roles, ...s.roles])];
        continue;
      }
      byKey.set(key, {
        key,
        parserIds: [s.id],
        row: { id: sourceId(key), key, name: s.name, kind: s.kind, roles: s.roles, aliases: s.aliases, descriptor: s.descriptor },
      });
    }
  }
  const entries = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const effective = new Map<string, string>();
  for (let i = 0; i < entries.length; i += CHUNK) {
    const stored = await tx
      .insert(sources)
      .values(entries.slice(i, i + CHUNK).map((e) => e.row))
      .onConflictDoUpdate({ target: sources.id, set: { aliases: unionJsonb('aliases'), roles: unionJsonb('roles') } })
      .returning({ id: sources.id, key: sources.key, mergedIntoId: sources.mergedIntoId });
    for (const r of stored) effective.set(r.key, r.mergedIntoId ?? r.id);
  }
  const mapping = new Map<string, string>();
  for (const e of entries) {
    const id = effective.get(e.key);
    if (id) for (const parserId of e.parserIds) mapping.set(parserId, id);
  }
  return mapping;
}

/** The transaction handle Drizzle passes to `db.transaction`. */
export type { Tx };
