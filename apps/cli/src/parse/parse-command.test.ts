import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { metaOf, toPrediction } from '@claimline/parser/prediction';
import { lineMeta } from './parse-line';
import { reutersSlice, runCli, scratch } from '../test/run-cli';

const tmp = scratch('parse');
afterAll(() => tmp.remove());

describe('claimline parse', () => {
  it('should write the parser predictions of each Reuters line, as the parser gives them in-process', async () => {
    const lines = reutersSlice(tmp.path('reuters-200.jsonl'), 200);
    const run = await runCli(['parse', tmp.path('reuters-200.jsonl')], {});
    expect(run.code).toBe(0);
    const out = run.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(200);
    lines.forEach((line, i) => {
      const record = JSON.parse(line) as Record<string, unknown> & { id: string; text: string };
      expect(JSON.parse(out[i] ?? '')).toEqual({ id: record.id, quotes: toPrediction(record.text, metaOf(record)) });
    });
    expect(out.some((l) => (JSON.parse(l) as { quotes: unknown[] }).quotes.length > 0)).toBe(true);
  });

  it('should report broken lines by number on stderr, go on, and exit with 1', async () => {
    writeFileSync(
      tmp.path('broken.jsonl'),
      [
        '{"id": "a", "text": "\\"We will build it,\\" said Maria Lopez."}',
        '{"id": "b", "text": ',
        '{"id": "c"}',
        '{"id": "d", "text": "No quotes here."}',
      ].join('\n'),
    );
    const run = await runCli(['parse', tmp.path('broken.jsonl'), '--out', tmp.path('out.jsonl')], {});
    const written = readFileSync(tmp.path('out.jsonl'), 'utf8').trimEnd().split('\n');
    expect(written.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'd']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 2 is not valid JSON .*; skipped/);
    expect(run.stderr).toMatch(/line 3 has no "text" string/);
    expect(run.stderr).toMatch(/2 of 4 lines skipped/);
    expect(run.stdout).toBe('');
  });

  it('should write the same lines in the same order on four threads as in one, with bad lines reported by number in order', async () => {
    // 600 Reuters lines (five batches a thread and more) with three broken ones spread through them.
    const lines = reutersSlice(tmp.path('reuters-600.jsonl'), 600);
    const broken = new Map([
      [5, '{"id": "x5", "text": '],
      [300, '{"id": "x300"}'],
      [599, 'not json at all'],
    ]);
    writeFileSync(tmp.path('mixed.jsonl'), lines.map((line, i) => broken.get(i + 1) ?? line).join('\n') + '\n');
    const [one, four] = await Promise.all([
      runCli(['parse', '--jobs', '1', tmp.path('mixed.jsonl')], {}),
      runCli(['parse', '--jobs', '4', tmp.path('mixed.jsonl')], {}),
    ]);
    expect(four.code).toBe(1);
    expect(four.stdout.split('\n')).toHaveLength(598);
    expect(four.stdout).toBe(one.stdout);
    expect([...four.stderr.matchAll(/line (\d+) /g)].map((m) => Number(m[1]))).toEqual([5, 300, 599]);
    expect(four.stderr).toBe(one.stderr);
    expect(four.stderr).toMatch(/3 of 600 lines skipped/);
  });
});

describe('lineMeta', () => {
  it('should give what metaOf gives, for lines with all fields valid and with some invalid', () => {
    const lines: Record<string, unknown>[] = [
      { id: 'a', text: 'x', title: 'BAHIA COCOA REVIEW', outlet: 'Reuters', publishedAt: '1987-02-26T15:01:01Z' },
      { id: 'b', text: 'x', title: 'T', outlet: 'Reuters', url: 'javascript:alert(1)', authors: ['A B'], publishedAt: 'yesterday' },
      { id: 'c', text: 'x', outlet: null, authors: 'not a list', title: '' },
      { id: 'd', text: 'x' },
    ];
    for (const line of lines) expect(lineMeta(line)).toEqual(metaOf(line));
  });
});
