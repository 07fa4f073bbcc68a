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
  let text = '';
  for (const range of keep) {
    if (range.end <= range.start) continue;
    pieces.push({ clean: text.length, raw: range.start, length: range.end - range.start });
    text += source.slice(range.start, range.end);
  }
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
