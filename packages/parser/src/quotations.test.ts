import { describe, expect, it } from 'vitest';
import { findQuotations } from './quotations';
import { attributed } from './test-helpers';

function quoted(text: string): string[] {
  return findQuotations(text, { start: 0, end: text.length }, 0).map((q) => text.slice(q.start, q.end));
}

describe('findQuotations', () => {
  it('should find quotations in every mark style', () => {
    expect(quoted('"One," “two,” ‘three,’ «four» and „five“.')).toEqual(['"One,"', '“two,”', '‘three,’', '«four»', '„five“']);
  });

  it('should read doubled curly single marks as one double mark (‘‘…’’)', () => {
    // recovery-2020 (Chicago Sun-Times): the quotation had ended at the first ’ and "Harrelson said" after the second was
    // no longer next to it.
    const text =
      '‘‘I think it’s the right thing to do, I really do,’’ Harrelson said Tuesday. ‘‘They were going to have 100,000 people there.’’';
    expect(findQuotations(text, { start: 0, end: text.length }, 0).map((q) => [q.start, q.end, q.inner])).toEqual([
      [0, 52, { start: 2, end: 50 }],
      [77, 126, { start: 79, end: 124 }],
    ]);
  });

  it('should close a “ at a doubled ’’, as converted typewriter copy writes it', () => {
    // recovery-2020 (Associated Press, 18 quotations): the quotation had run to the paragraph's end, over "Bookbinder
    // said", and gone to the speaker before it.
    const text = '“All of this taken together means real oversight will be met with retribution,’’ Bookbinder said.';
    expect(findQuotations(text, { start: 0, end: text.length }, 0).map((q) => [q.start, q.end, q.inner])).toEqual([
      [0, 80, { start: 1, end: 78 }],
    ]);
    expect(attributed(text).quotes).toEqual([[0, 80, 'Bookbinder', 'Bookbinder']]);
  });

  it('should not end a quotation at an apostrophe', () => {
    expect(quoted("\"I've said Putin's terms are the players' problem,\" she said.")).toEqual([
      "\"I've said Putin's terms are the players' problem,\"",
    ]);
  });

  it('should ignore marks nested inside a quotation', () => {
    expect(quoted("“Kim's ‘new way’ was a threat,” he said.")).toEqual(["“Kim's ‘new way’ was a threat,”"]);
  });

  it('should run a quotation left open to the end of its paragraph', () => {
    const text = '"The first paragraph of a long quote';
    expect(findQuotations(text, { start: 0, end: text.length }, 0)[0]).toMatchObject({ start: 0, end: text.length, closed: false });
  });

  it('should restart at a straight mark that opens when one was left open', () => {
    expect(quoted('along with "wheelhouse and "in the books" -- its inclusion')).toEqual(['"in the books"']);
  });

  it('should not take an apostrophe-led word for a quotation', () => {
    expect(quoted('It was a hit in the \'80s, "a long time ago," he said.')).toEqual(['"a long time ago,"']);
  });

  it('should read two apostrophes as one double mark, New York Times archive style', () => {
    const text = "''We have started,'' Mr. Manafort said. ''I said, 'The lesson of history is there,''' he recalled.";
    const found = findQuotations(text, { start: 0, end: text.length }, 0);
    expect(found.map((q) => text.slice(q.start, q.end))).toEqual(["''We have started,''", "''I said, 'The lesson of history is there,'''"]);
    expect(found[0]).toMatchObject({ start: 0, end: 20, inner: { start: 2, end: 18 } });
    expect(found[1]).toMatchObject({ inner: { start: 42, end: 83 } });
  });

  it('should open a quotation at two backticks', () => {
    expect(quoted("``It is over,'' she said.")).toEqual(["``It is over,''"]);
  });

  it('should keep a “…” nested in a “…” inside it, when two closing marks follow', () => {
    // PolNeAR (Western Journalism, 2016): the nested “your team” had been the only quotation, and the column quoted lost.
    const text =
      'George Zornick of The Nation wrote, “If you want people to know you care, you have to care even when “your team” needs to be held accountable. Otherwise, it is rendered insincere.” Zornick’s comment highlighted the silence.';
    expect(findQuotations(text, { start: 0, end: text.length }, 0).map((q) => [q.start, q.end])).toEqual([[36, 180]]);
    expect(attributed(text).quotes).toEqual([[36, 180, 'George Zornick', 'George Zornick']]);
    // (A second “ with one closing mark after it: the first was never closed.)
    expect(quoted('He called it “a disaster. Then he said “we will win” and left.')).toEqual(['“we will win”']);
  });
});
