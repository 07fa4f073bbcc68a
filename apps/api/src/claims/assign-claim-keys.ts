import { sql } from 'drizzle-orm';
import { rows } from '../db/rows';
import type { quotes } from '../db/schema';
import type { Tx } from '../ingest/upsert-sources';
import { claimText, type ClaimText } from './claim-text';
import { jaccardAtLeast } from './claim-words';

/** Word-set similarity from which two quotes of one speaker are one claim ("a few words of difference"). */
export const NEAR_DUPLICATE = 0.7;

/**
 * Stored texts read per band at the most. A band is two words' MinHash values; where those are common
 * words, thousands of stored texts share it, and reading and comparing them all made ingest slower
 * the bigger the store: storing the 19,042 Reuters articles on PostgreSQL cost 7.3 ms of API CPU an
 * article (89 articles/s), 1.45 ms (315/s) with 8 a band. A band that many texts share says little;
 * a near-duplicate shares several of the six bands, most of them rarer. On recovery-2020's first 700
 * articles the claims are the same as without the bound (7,100, 12 joined as near-duplicates).
 */
const BAND_CANDIDATES = 8;

interface Known {
  textKey: string;
  claimKey: string;
  /** The stored words as read (space-separated), turned into `set` only when a comparison needs it. */
  stored: string | null;
  set?: Set<string>;
}

/** A candidate's word set, built on its first comparison: most candidates read are never compared. */
function wordSet(known: Known): Set<string> {
  known.set ??= new Set((known.stored ?? '').split(' '));
  return known.set;
}

/**
 * Keys as rows from one text parameter, space-separated: text and band keys are hex, never a space.
 * Cheaper on both sides than a JSON array of them (no JSON to build, none to parse), where a batch
 * of 500 articles sends some 9,000 band keys.
 */
const keyRows = (keys: readonly string[]) => sql`string_to_table(${keys.join(' ')}, ' ')`;

/** Whether a stored text cannot reach NEAR_DUPLICATE with a set of `size` words: it has too few words, even counting repeats. */
function tooFewWords(stored: string | null, size: number): boolean {
  const text = stored ?? '';
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) words += 1;
  // Its distinct words are at most `words`, and jaccardAtLeast refuses a smaller set below this ratio.
  return words / size < NEAR_DUPLICATE;
}

/** The stored claim texts among `keys`: text key → its claim key. */
async function storedTexts(tx: Tx, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const found = await rows<{ text_key: string; claim_key: string }>(
    tx,
    sql`SELECT text_key, claim_key FROM claim_texts WHERE text_key IN (SELECT ${keyRows(keys)})`,
  );
  return new Map(found.map((r) => [r.text_key, r.claim_key]));
}

/**
 * Adds `text` to the band's candidates, kept as the stored query reads them: the BAND_CANDIDATES
 * smallest text keys. A text of the batch is so compared with what it would meet were the earlier
 * texts of its batch already stored (one article at a time or in one batch, the same claims), and a
 * common band of a large batch no longer grows without bound (2.4% of the ingest's CPU on Reuters).
 */
function addCandidate(byBand: Map<string, Known[]>, band: string, text: Known): void {
  let list = byBand.get(band);
  if (!list) byBand.set(band, (list = []));
  if (list.length >= BAND_CANDIDATES && text.textKey >= (list[list.length - 1]?.textKey ?? '')) return;
  let at = list.length;
  while (at > 0 && (list[at - 1]?.textKey ?? '') > text.textKey) at -= 1;
  list.splice(at, 0, text);
  if (list.length > BAND_CANDIDATES) list.pop();
}

/** Stored texts sharing a band with the new ones, by band: the only texts a new one is compared with. */
async function candidatesByBand(tx: Tx, bands: readonly string[]): Promise<Map<string, Known[]>> {
  const byBand = new Map<string, Known[]>();
  if (bands.length === 0) return byBand;
  // The candidates come back as one text, a line a candidate text: its key, claim key, the bands it
  // was found through and its words, tab-separated (keys are hex, words letters and digits). As rows,
  // one a band and candidate (553,000 over the Reuters ingest), each field was a string the driver
  // decoded on its own, and PGlite's protocol reader copies every field into a buffer of its own
  // first: storing Reuters on PGlite took 2.5-2.8 ms of CPU an article instead of 3.1-3.4. Nor is
  // there a sort of the band rows by text or a window to blank repeated words, which spilled to disk.
  // The order does not matter: addCandidate keeps the BAND_CANDIDATES smallest keys of a band.
  const [found] = await rows<{ lines: string | null }>(
    tx,
    sql`WITH c AS (
          SELECT b.text_key, string_agg(q.band, ' ') AS bands FROM ${keyRows(bands)} AS q(band)
          CROSS JOIN LATERAL (SELECT text_key FROM claim_bands WHERE band = q.band ORDER BY text_key LIMIT ${BAND_CANDIDATES}) b
          GROUP BY b.text_key)
        SELECT string_agg(concat_ws(E'\t', c.text_key, t.claim_key, c.bands, t.words), E'\n') AS lines
        FROM c JOIN claim_texts t ON t.text_key = c.text_key`,
  );
  for (const line of found?.lines?.split('\n') ?? []) {
    const [textKey = '', claimKey = '', textBands = '', words = ''] = line.split('\t');
    const text: Known = { textKey, claimKey, stored: words };
    for (const band of textBands.split(' ')) addCandidate(byBand, band, text);
  }
  return byBand;
}

/**
 * Sets `claimKey` on quote rows before they are inserted, incrementally: a text seen before keeps
 * its claim key (so a reparse lands on the same claim); a new text takes the claim key of the most
 * similar stored or earlier text of the batch sharing a MinHash band (word Jaccard ≥ 0.7), else its
 * own. New texts and their bands are stored, so later ingests find them by index. Costs four
 * statements per batch whatever its size; never reads a text that shares no band. `prepared` holds
 * claim texts computed beforehand (claimTexts), by quote text; a text not in it is computed here.
 */
export async function assignClaimKeys(
  tx: Tx,
  quoteRows: Pick<typeof quotes.$inferInsert, 'text' | 'claimKey'>[],
  prepared: ReadonlyMap<string, ClaimText> = new Map(),
): Promise<void> {
  if (quoteRows.length === 0) return;
  const texts = quoteRows.map((r) => prepared.get(r.text) ?? claimText(r.text));
  const known = await storedTexts(tx, [...new Set(texts.map((t) => t.key))]);
  const fresh = new Map<string, ClaimText>();
  for (const t of texts) if (!known.has(t.key) && !fresh.has(t.key)) fresh.set(t.key, t);
  if (fresh.size > 0) {
    const byBand = await candidatesByBand(tx, [...new Set([...fresh.values()].flatMap((f) => f.bands))]);
    const textRows: { text_key: string; claim_key: string; words: string }[] = [];
    // `band:text_key`: bands are 16 hex characters, so these sort as (band, text_key) do.
    const bandRows: string[] = [];
    for (const [key, f] of fresh) {
      let best: { claimKey: string; score: number } | undefined;
      const own = new Set(f.words);
      // A text found through several bands is compared once.
      for (const c of new Set(f.bands.flatMap((b) => byBand.get(b) ?? []))) {
        // Most candidates fail on size alone (514,000 of 1.19 million comparisons on Reuters): those
        // too short for it are refused before their word set is built.
        if (!c.set && tooFewWords(c.stored, own.size)) continue;
        const score = jaccardAtLeast(own, wordSet(c), NEAR_DUPLICATE);
        if (score === undefined) continue;
        if (!best || score > best.score || (score === best.score && c.claimKey < best.claimKey)) best = { claimKey: c.claimKey, score };
      }
      const claimKey = best?.claimKey ?? key;
      known.set(key, claimKey);
      textRows.push({ text_key: key, claim_key: claimKey, words: f.words.join(' ') });
      // Later texts of the same batch may be near-duplicates of this one.
      const entry: Known = { textKey: key, claimKey, stored: null, set: own };
      for (const band of f.bands) {
        addCandidate(byBand, band, entry);
        bandRows.push(`${band}:${key}`);
      }
    }
    textRows.sort((a, b) => (a.text_key < b.text_key ? -1 : 1));
    bandRows.sort();
    const inserted = await rows<{ text_key: string }>(
      tx,
      sql`INSERT INTO claim_texts (text_key, claim_key, words)
        SELECT text_key, claim_key, words FROM jsonb_to_recordset(${JSON.stringify(textRows)}::jsonb) AS x(text_key text, claim_key text, words text)
        ON CONFLICT DO NOTHING RETURNING text_key`,
    );
    if (bandRows.length > 0) {
      // One text parameter split by the database, rather than JSON objects (6 band rows a new text).
      await tx.execute(sql`INSERT INTO claim_bands (band, text_key)
        SELECT split_part(r, ':', 1), split_part(r, ':', 2) FROM string_to_table(${bandRows.join(' ')}, ' ') AS r
        ON CONFLICT DO NOTHING`);
    }
    // A concurrent ingest may have stored one of these texts first: its claim key wins, for both.
    // Only the texts this insert did not write can be such, and there are seldom any to read.
    const written = new Set(inserted.map((r) => r.text_key));
    const raced = [...fresh.keys()].filter((key) => !written.has(key));
    for (const [key, claimKey] of await storedTexts(tx, raced)) known.set(key, claimKey);
  }
  quoteRows.forEach((row, i) => {
    row.claimKey = known.get(texts[i]?.key ?? '') ?? null;
  });
}
