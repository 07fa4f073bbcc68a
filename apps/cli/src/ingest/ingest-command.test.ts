import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@claimline/api/db/client';
import { articles } from '@claimline/api/db/schema';
import { reutersSlice, runCli, scratch, startCli } from '../test/run-cli';

const tmp = scratch('ingest');
afterAll(() => tmp.remove());

/** Its own database and checkpoint folder for each test, so that tests never see each other's articles. */
function isolated(name: string): Record<string, string> {
  return { CLAIMLINE_DATA_DIR: tmp.path(`${name}-db`), XDG_STATE_HOME: tmp.path(`${name}-state`) };
}

async function storedArticles(dataDir: string): Promise<number> {
  const database = await openDatabase({ dataDir });
  try {
    return await database.db.$count(articles);
  } finally {
    await database.close();
  }
}

const distinctTexts = (lines: string[]) => new Set(lines.map((l) => (JSON.parse(l) as { text: string }).text.trim())).size;

describe('claimline ingest', () => {
  it('should store a slice of Reuters with progress lines, and store nothing more on a second run', async () => {
    const lines = reutersSlice(tmp.path('reuters-150.jsonl'), 150);
    const env = isolated('twice');
    const first = await runCli(['ingest', tmp.path('reuters-150.jsonl'), '--batch', '50'], env, tmp.dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/claimline ingest: 50 \/ 150 \(33\.3%\) articles, \d+ articles\/s, ETA \d+:\d\d; \d+ new/);
    const created = Number(/done: (\d+) new/.exec(first.stderr)?.[1]);
    expect(created).toBe(distinctTexts(lines));
    expect(await storedArticles(env.CLAIMLINE_DATA_DIR ?? '')).toBe(created);

    const second = await runCli(['ingest', tmp.path('reuters-150.jsonl')], env, tmp.dir);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/done: 0 new, 150 already stored, 0 refused/);
    expect(await storedArticles(env.CLAIMLINE_DATA_DIR ?? '')).toBe(created);
  });

  it('should list refused lines by number and reason in the report file and exit with 1', async () => {
    const good = reutersSlice(tmp.path('good.jsonl'), 3);
    const broken = [good[0], '{"text": "half a line', good[1], '{"title": "no text"}', '[1, 2]', '', '{"text": "   "}', good[2]];
    writeFileSync(tmp.path('broken.jsonl'), broken.join('\n') + '\n');
    const run = await runCli(['ingest', tmp.path('broken.jsonl')], isolated('broken'), tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/done: 3 new, 0 already stored, 4 refused \(line numbers and reasons in .*broken\.refused\.jsonl\)/);
    const report = readFileSync(tmp.path('broken.refused.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; reason: string });
    expect(report.map((r) => r.line)).toEqual([2, 4, 5, 7]);
    expect(report[0]?.reason).toMatch(/^not valid JSON/);
    expect(report[1]?.reason).toMatch(/text must be a string: paste the article body/);
    expect(report[2]?.reason).toMatch(/^not a JSON object/);
    expect(report[3]?.reason).toMatch(/text is empty: paste the article body/);
  });

  it('should resume after an interrupt without storing any article twice', async () => {
    const lines = reutersSlice(tmp.path('reuters-600.jsonl'), 600);
    const env = isolated('resume');
    const first = startCli(['ingest', tmp.path('reuters-600.jsonl'), '--batch', '20'], env, tmp.dir);
    // Interrupt once the first batch is stored: the run finishes its batch in flight and stops.
    await new Promise<void>((resolve) => first.stderr?.on('data', () => /\d+ \/ 600/.test(first.stderrText()) && resolve()));
    first.kill('SIGINT');
    const stopped = await first.result;
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toMatch(/interrupted after line \d+; run the same command again to resume/);
    const stoppedAt = Number(/interrupted after line (\d+)/.exec(stopped.stderr)?.[1]);
    expect(stoppedAt).toBeLessThan(600);

    const second = await runCli(['ingest', tmp.path('reuters-600.jsonl'), '--batch', '100'], env, tmp.dir);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`resuming after line ${stoppedAt}`);
    // The resumed run counts the first run's articles too: every article once, none found again.
    expect(second.stderr).toMatch(new RegExp(`done: ${distinctTexts(lines)} new, \\d+ already stored, 0 refused`));
    expect(await storedArticles(env.CLAIMLINE_DATA_DIR ?? '')).toBe(distinctTexts(lines));
  });

  it('should read a folder of .txt and .html files, refusing a page that is not an article by its file name', async () => {
    const folder = tmp.path('folder');
    mkdirSync(folder);
    const fixtures = fileURLToPath(new URL('../../../api/src/fetch/fixtures/', import.meta.url));
    copyFileSync(`${fixtures}news-article.html`, `${folder}/b-story.html`);
    copyFileSync(`${fixtures}section-front.html`, `${folder}/c-front.html`);
    const [reuters] = reutersSlice(tmp.path('one.jsonl'), 1);
    writeFileSync(`${folder}/a-wire.txt`, (JSON.parse(reuters ?? '') as { text: string }).text);
    writeFileSync(`${folder}/notes.md`, 'not an article file: skipped');
    const run = await runCli(['ingest', folder, '--report', tmp.path('folder-report.jsonl')], isolated('folder'), tmp.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/done: 2 new, 0 already stored, 1 refused/);
    const [refused] = readFileSync(tmp.path('folder-report.jsonl'), 'utf8').trimEnd().split('\n');
    expect(JSON.parse(refused ?? '')).toEqual({
      file: 'c-front.html',
      reason: expect.stringMatching(/does not look like a news article/) as unknown,
    });
    expect(existsSync(tmp.path('folder.refused.jsonl'))).toBe(false);
  });
});
