import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text';

describe('segmentText', () => {
  it('should return the whole text as one plain run when there are no quotes', () => {
    expect(segmentText('Hello world.', [])).toEqual([{ kind: 'text', start: 0, end: 12, text: 'Hello world.', quoteIds: [] }]);
  });

  it('should cut around a quote and mark the run it covers', () => {
    const text = 'Peskov said "we are open".';
    const segments = segmentText(text, [{ id: 'q1', span: { start: 13, end: 24 } }]);
    expect(segments.map((s) => (s.kind === 'text' ? [s.text, s.quoteIds] : s.kind))).toEqual([
      ['Peskov said "', []],
      ['we are open', ['q1']],
      ['".', []],
    ]);
  });

  it('should give overlapping quotes shared runs covered by both ids', () => {
    const segments = segmentText('abcdefghij', [
      { id: 'outer', span: { start: 1, end: 8 } },
      { id: 'inner', span: { start: 3, end: 5 } },
    ]);
    expect(segments.map((s) => (s.kind === 'text' ? `${s.text}:${s.quoteIds.join('+')}` : 'removed'))).toEqual([
      'a:',
      'bc:outer',
      'de:outer+inner',
      'fgh:outer',
      'ij:',
    ]);
  });

  it('should place removed blocks at their offsets, including the start and the end', () => {
    const segments = segmentText(
      'First. Second.',
      [],
      [
        { text: 'Other News', reason: 'other-news', at: 14 },
        { text: 'Photo: Reuters', reason: 'caption', at: 7 },
        { text: 'TITLE', reason: 'title', at: 0 },
      ],
    );
    expect(segments.map((s) => (s.kind === 'text' ? s.text : `[${s.block.reason}]`))).toEqual([
      '[title]',
      'First. ',
      '[caption]',
      'Second.',
      '[other-news]',
    ]);
  });

  it('should keep HTML-looking text as the same characters', () => {
    const text = '<script>alert(1)</script> said <b>nobody</b>';
    const segments = segmentText(text, [{ id: 'q', span: { start: 0, end: 25 } }]);
    expect(segments.map((s) => (s.kind === 'text' ? s.text : '')).join('')).toBe(text);
    expect(segments[0]).toMatchObject({ text: '<script>alert(1)</script>', quoteIds: ['q'] });
  });

  it('should clamp spans past the end and drop empty spans', () => {
    const segments = segmentText('short', [
      { id: 'past', span: { start: 2, end: 99 } },
      { id: 'empty', span: { start: 1, end: 1 } },
    ]);
    expect(segments).toEqual([
      { kind: 'text', start: 0, end: 2, text: 'sh', quoteIds: [] },
      { kind: 'text', start: 2, end: 5, text: 'ort', quoteIds: ['past'] },
    ]);
  });
});
