import type { RemovedBlock, RemovedReason } from '@claimline/schema';
import type { ParseDocument, Range } from './document';
import { cutRanges } from './offset-map';
import { boilerplateReason } from './rules/boilerplate-line';
import { captionReason } from './rules/caption';
import { isTitleLine, repeatsTitle } from './rules/title';
import { trailingBlockReason } from './rules/trailing-block';

function isBlank(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0xfeff ||
    code === 12 ||
    code === 11
  );
}

/** The non-blank lines of the normalized text: after unwrapping, each one is a paragraph. */
export function lineRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let lineStart = 0;
  // By character codes, without allocating each line: this runs on every article.
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isBlank(text.charCodeAt(start))) start += 1;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end -= 1;
    if (end > start) ranges.push({ start, end });
    lineStart = lineEnd + 1;
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
  // Filled by a loop, not map(): map()'s array changes elements kind with how it ran (see lowerJoin in tokens.ts).
  const reasons: (RemovedReason | null)[] = [];
  for (let k = 0; k < blocks.length; k += 1) reasons.push(null);
  const first = blocks[0];
  if (first !== undefined && isTitleLine(source.slice(first.start, first.end), doc.meta.title, blocks.length > 1)) {
    reasons[0] = 'title';
    doc.title = source.slice(first.start, first.end).trim();
  } else if (doc.meta.title !== undefined) doc.title = doc.meta.title;
  const isTitle = doc.title === null ? () => false : repeatsTitle(doc.title);
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (block === undefined || reasons[i] !== null) continue;
    const text = source.slice(block.start, block.end);
    if (isTitle(text)) reasons[i] = 'repeated-title';
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
