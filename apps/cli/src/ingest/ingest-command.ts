import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readCliEnv } from '../env';
import { userPath } from '../user-path';
import { checkpointFor, type Checkpoint, type CheckpointState } from './checkpoint';
import { embeddedTarget } from './embedded-target';
import { remoteTarget, type IngestTarget } from './ingest-target';
import { createProgress } from './progress';
import { articleFiles, readFolder, readJsonLines, type InputRecord } from './read-records';
import { runBatches } from './run-batches';
import { writeRefusalReport } from './refusal-report';
import { htmlFileToArticle } from './html-file-to-article';

/** Options of `claimline ingest`. */
export interface IngestOptions {
  url?: string | undefined;
  token?: string | undefined;
  batch: number;
  report?: string | undefined;
  fresh?: boolean | undefined;
}

/** Exit codes: 0 every record stored, 1 some refused (see the report), 2 the run failed, 130 interrupted (run again to resume). */
export const EXIT = { ok: 0, refused: 1, failed: 2, interrupted: 130 } as const;

interface Source {
  records: AsyncIterable<InputRecord>;
  total: number | null;
  checkpointKey: { path: string; size: number; mtimeMs: number } | null;
  reportName: string;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
    last = chunk[chunk.length - 1] ?? last;
  }
  return last === 10 ? lines : lines + 1;
}

async function openSource(input: string): Promise<Source> {
  if (input === '-') return { records: readJsonLines(process.stdin), total: null, checkpointKey: null, reportName: 'stdin.refused.jsonl' };
  const path = userPath(input);
  const info = await stat(path).catch(() => {
    throw new Error(`claimline ingest: ${path} does not exist: give a .jsonl file, a folder of .txt/.html files, or - for standard input`);
  });
  const reportName = `${basename(path).replace(/\.jsonl$/i, '')}.refused.jsonl`;
  if (info.isDirectory()) {
    const files = await articleFiles(path);
    if (files.length === 0) throw new Error(`claimline ingest: ${path} has no .txt or .html files`);
    // A folder's key is its listing: a file added or removed starts the run over.
    const key = { path: `${path}/${files.join('\n')}`, size: files.length, mtimeMs: info.mtimeMs };
    return { records: readFolder(path, files, htmlFileToArticle), total: files.length, checkpointKey: key, reportName };
  }
  const total = await countLines(path);
  return {
    records: readJsonLines(createReadStream(path)),
    total,
    checkpointKey: { path, size: info.size, mtimeMs: info.mtimeMs },
    reportName,
  };
}

/** `claimline ingest FILE.jsonl | DIR | -`: stores every article, resumably, and reports what was refused. */
export async function ingestCommand(input: string, options: IngestOptions): Promise<void> {
  const env = readCliEnv();
  const url = options.url ?? env.CLAIMLINE_URL;
  const source = await openSource(input);
  const target: IngestTarget = url ? remoteTarget(url, options.token ?? env.CLAIMLINE_API_TOKEN) : await embeddedTarget(env);
  const checkpoint: Checkpoint | null = source.checkpointKey ? checkpointFor(source.checkpointKey, target.name) : null;
  const previous = options.fresh ? null : (checkpoint?.load() ?? null);
  const state: CheckpointState = previous ?? { done: 0, created: 0, existing: 0, refused: [] };
  if (previous)
    process.stderr.write(
      `claimline ingest: resuming after ${previous.where ?? `record ${previous.done}`} (an earlier run stopped there)\n`,
    );
  process.stderr.write(`claimline ingest: into ${target.name}\n`);

  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    process.stderr.write('\nclaimline ingest: stopping after the batch in flight (press Ctrl-C again to stop at once)\n');
    process.once('SIGINT', () => process.exit(EXIT.interrupted));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const progress = createProgress(source.total, state.done);
  const report = userPath(options.report ?? source.reportName);
  try {
    const outcome = await runBatches(source.records, target, state, {
      batchSize: options.batch,
      maxBytes: url ? 1_500_000 : 8_000_000,
      stop: () => interrupted,
      onBatch: (s) => {
        checkpoint?.save(s);
        progress.update({ done: s.done, created: s.created, existing: s.existing, refused: s.refused.length });
      },
    });
    progress.stop();
    if (outcome === 'stopped') {
      process.stderr.write(
        `claimline ingest: interrupted after ${state.where ?? 'the first batch'}; run the same command again to resume\n`,
      );
      process.exitCode = EXIT.interrupted;
      return;
    }
  } catch (error) {
    progress.stop();
    process.stderr.write(
      `claimline ingest: stopped after ${state.where ?? 'nothing was stored'}: ${(error as Error).message}\n` +
        'fix the cause and run the same command again: it resumes where it stopped\n',
    );
    process.exitCode = EXIT.failed;
    return;
  } finally {
    await target.close();
  }
  checkpoint?.clear();
  writeRefusalReport(report, state.refused);
  const refused = state.refused.length;
  process.stderr.write(
    `claimline ingest: done: ${state.created.toLocaleString('en')} new, ${state.existing.toLocaleString('en')} already stored, ${refused.toLocaleString('en')} refused` +
      (refused > 0 ? ` (line numbers and reasons in ${report})` : '') +
      '\n',
  );
  process.exitCode = refused > 0 ? EXIT.refused : EXIT.ok;
}
