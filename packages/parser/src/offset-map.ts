/** One kept piece of the normalized text and where it landed in the clean text. */
interface Piece {
  clean: number;
  raw: number;
  length: number;
}

/** Maps offsets of the clean article text back to the raw input, across the blocks that were cut. */
export interface OffsetMap {
  /** The raw offset of a clean-text offset (an end offset maps to the end of its piece). */
  toRaw: (offset: number) => number;
}

/** Builds the clean text by keeping `keep` ranges of `source` in order, with the map back to it. */
export function cutRanges(source: string, keep: readonly { start: number; end: number }[]): { text: string; map: OffsetMap } {
  const pieces: Piece[] = [];
  let length = 0;
  for (const range of keep) {
    if (range.end <= range.start) continue;
    const last = pieces.at(-1);
    // A range that starts where the last ends extends its piece (the same offsets map back): an article that keeps all
    // its blocks, most of them, is then one slice of the source, not a rope of one slice a block flattened on first read.
    if (last !== undefined && last.raw + last.length === range.start) last.length += range.end - range.start;
    else pieces.push({ clean: length, raw: range.start, length: range.end - range.start });
    length += range.end - range.start;
  }
  let text = '';
  for (const piece of pieces) text += source.slice(piece.raw, piece.raw + piece.length);
  const map: OffsetMap = {
    toRaw: (offset) => {
      // Binary search for the last piece starting at or before the offset.
      let lo = 0;
      let hi = pieces.length - 1;
      let found: Piece | undefined;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const piece = pieces[mid];
        if (piece === undefined) break;
        if (piece.clean <= offset) {
          found = piece;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (found === undefined) return offset;
      return found.raw + Math.min(offset - found.clean, found.length);
    },
  };
  return { text, map };
}
