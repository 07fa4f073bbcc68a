import type { RemovedBlock, RemovedReason } from '@claimline/schema';
import type { ParseDocument, Range } from './document';
import { cutRanges } from './offset-map';
import { boilerplateReason } from './rules/boilerplate-line';
import { captionReason } from './rules/caption';
import { isTitleLine, sameTitle } from './rules/title';
import { trailingBlockReason } from './rules/trailing-block';

/** The non-blank lines of the normalized text: after unwrapping, each one is a paragraph. */
export function lineRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

/**
 * Stage 2: segment. Finds the title, a repeated title, captions and credits, and a trailing
 * "Other News" / related / newsletter block, and cuts them out of the body that quotes are found
 * in; the rest, joined with its original separators, is `doc.text`.
 */
export function segment(doc: ParseDocument): void {
  const source = doc.normalized;
  const blocks = lineRanges(source);
  const reasons: (RemovedReason | null)[] = blocks.map(() => null);
  const first = blocks[0];
  if (first !== undefined && isTitleLine(source.slice(first.start, first.end), doc.meta.title, blocks.length > 1)) {
    reasons[0] = 'title';
    doc.title = source.slice(first.start, first.end).trim();
  } else if (doc.meta.title !== undefined) doc.title = doc.meta.title;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (block === undefined || reasons[i] !== null) continue;
    const text = source.slice(block.start, block.end);
    if (doc.title !== null && sameTitle(text, doc.title)) reasons[i] = 'repeated-title';
    else reasons[i] = captionReason(text) ?? boilerplateReason(text);
    // A trailing block heading only counts in the second half of the article: it ends the article.
    const trailing = i > 0 && i >= blocks.length / 2 ? trailingBlockReason(text) : null;
    if (trailing !== null) {
      for (let j = i; j < blocks.length; j += 1) reasons[j] = trailing;
      break;
    }
  }
  const keep: Range[] = [];
  const removedAt: { index: number; reason: RemovedReason; text: string }[] = [];
  let kept = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (block === undefined) continue;
    const reason = reasons[i];
    const next = blocks[i + 1]?.start ?? source.length;
    if (reason === null || reason === undefined) {
      const start = keep.length === 0 && i === 0 ? 0 : block.start;
      keep.push({ start, end: next });
      kept += next - start;
    } else removedAt.push({ index: kept, reason, text: source.slice(block.start, block.end) });
  }
  const { text, map } = cutRanges(source, keep);
  doc.text = text;
  doc.map = map;
  // Merge consecutive blocks removed for the same reason into one (the whole "Other News" block).
  const removed: RemovedBlock[] = [];
  for (const block of removedAt) {
    const last = removed.at(-1);
    if (last !== undefined && last.at === block.index && last.reason === block.reason && block.reason !== 'caption') {
      last.text += `\n\n${block.text}`;
    } else removed.push({ text: block.text, reason: block.reason, at: block.index });
  }
  doc.removed = removed;
}
