import { sql } from 'drizzle-orm';
import { rows } from '../db/rows';
import type { quotes } from '../db/schema';
import type { Tx } from '../ingest/upsert-sources';
import { claimTextKey, claimWords, wordJaccard } from './claim-words';
import { minHashBands } from './min-hash-bands';

/** Word-set similarity from which two quotes of one speaker are one claim ("a few words of difference"). */
export const NEAR_DUPLICATE = 0.7;

interface Known {
  claimKey: string;
  words: string[];
}

const jsonList = (values: readonly string[]) => sql`(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

/** The stored claim texts among `keys`: text key → its claim key. */
async function storedTexts(tx: Tx, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const found = await rows<{ text_key: string; claim_key: string }>(
    tx,
    sql`SELECT text_key, claim_key FROM claim_texts WHERE text_key IN ${jsonList(keys)}`,
  );
  return new Map(found.map((r) => [r.text_key, r.claim_key]));
}

/** Stored texts sharing a band with the new ones, by band: the only texts a new one is compared with. */
async function candidatesByBand(tx: Tx, bands: readonly string[]): Promise<Map<string, Known[]>> {
  const byBand = new Map<string, Known[]>();
  if (bands.length === 0) return byBand;
  const found = await rows<{ band: string; claim_key: string; words: string }>(
    tx,
    sql`SELECT b.band, t.claim_key, t.words FROM claim_bands b JOIN claim_texts t ON t.text_key = b.text_key
        WHERE b.band IN ${jsonList(bands)}`,
  );
  for (const r of found) byBand.set(r.band, [...(byBand.get(r.band) ?? []), { claimKey: r.claim_key, words: r.words.split(' ') }]);
  return byBand;
}

/**
 * Sets `claimKey` on quote rows before they are inserted, incrementally: a text seen before keeps
 * its claim key (so a reparse lands on the same claim); a new text takes the claim key of the most
 * similar stored or earlier text of the batch sharing a MinHash band (word Jaccard ≥ 0.7), else its
 * own. New texts and their bands are stored, so later ingests find them by index. Costs four
 * statements per batch whatever its size; never reads a text that shares no band.
 */
export async function assignClaimKeys(tx: Tx, quoteRows: Pick<typeof quotes.$inferInsert, 'text' | 'claimKey'>[]): Promise<void> {
  if (quoteRows.length === 0) return;
  const words = quoteRows.map((r) => claimWords(r.text));
  const textKeys = words.map((w) => claimTextKey(w));
  const known = await storedTexts(tx, [...new Set(textKeys)]);
  const fresh = new Map<string, { words: string[]; bands: string[] }>();
  textKeys.forEach((key, i) => {
    if (!known.has(key) && !fresh.has(key)) fresh.set(key, { words: words[i] ?? [], bands: minHashBands(words[i] ?? []) });
  });
  if (fresh.size > 0) {
    const byBand = await candidatesByBand(tx, [...new Set([...fresh.values()].flatMap((f) => f.bands))]);
    const texts: { text_key: string; claim_key: string; words: string }[] = [];
    const bandRows: { band: string; text_key: string }[] = [];
    for (const [key, f] of fresh) {
      let best: { claimKey: string; score: number } | undefined;
      for (const c of f.bands.flatMap((b) => byBand.get(b) ?? [])) {
        const score = wordJaccard(f.words, c.words);
        if (score < NEAR_DUPLICATE) continue;
        if (!best || score > best.score || (score === best.score && c.claimKey < best.claimKey)) best = { claimKey: c.claimKey, score };
      }
      const claimKey = best?.claimKey ?? key;
      known.set(key, claimKey);
      texts.push({ text_key: key, claim_key: claimKey, words: f.words.join(' ') });
      // Later texts of the same batch may be near-duplicates of this one.
      for (const band of f.bands) {
        byBand.set(band, [...(byBand.get(band) ?? []), { claimKey, words: f.words }]);
        bandRows.push({ band, text_key: key });
      }
    }
    texts.sort((a, b) => (a.text_key < b.text_key ? -1 : 1));
    bandRows.sort((a, b) => (a.band < b.band ? -1 : a.band > b.band ? 1 : a.text_key < b.text_key ? -1 : 1));
    await tx.execute(sql`INSERT INTO claim_texts (text_key, claim_key, words)
      SELECT text_key, claim_key, words FROM jsonb_to_recordset(${JSON.stringify(texts)}::jsonb) AS x(text_key text, claim_key text, words text)
      ON CONFLICT DO NOTHING`);
    if (bandRows.length > 0) {
      await tx.execute(sql`INSERT INTO claim_bands (band, text_key)
        SELECT band, text_key FROM jsonb_to_recordset(${JSON.stringify(bandRows)}::jsonb) AS x(band text, text_key text)
        ON CONFLICT DO NOTHING`);
    }
    // A concurrent ingest may have stored one of these texts first: its claim key wins, for both.
    for (const [key, claimKey] of await storedTexts(tx, [...fresh.keys()])) known.set(key, claimKey);
  }
  quoteRows.forEach((row, i) => {
    row.claimKey = known.get(textKeys[i] ?? '') ?? null;
  });
}
