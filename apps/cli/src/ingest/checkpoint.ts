import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** A refused record: where it was (its line number, or file name) and why, as the report file lists it. */
export interface Refusal {
  n: number;
  where: string;
  reason: string;
}

/** How far an ingest got: every record up to `done` was stored or refused; the counts so far. */
export interface CheckpointState {
  done: number;
  /** The last record done, for people ("line 4,200", "file story.html"). */
  where?: string | undefined;
  created: number;
  existing: number;
  refused: Refusal[];
}

/** The resume state of one input into one target, kept on disk while a run is unfinished. */
export interface Checkpoint {
  file: string;
  /** What the last run left, or null for a fresh start. */
  load: () => CheckpointState | null;
  save: (state: CheckpointState) => void;
  /** The run finished: a later run starts from the beginning (and finds every article already stored). */
  clear: () => void;
}

/** The folder for checkpoints: $XDG_STATE_HOME/claimline or ~/.local/state/claimline. */
function stateDir(): string {
  return join(process.env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state'), 'claimline', 'ingest');
}

/**
 * The checkpoint of `input` into `target`. The key includes the input's size and modification
 * time, so an edited file starts over rather than resuming at a line that means something else.
 */
export function checkpointFor(input: { path: string; size: number; mtimeMs: number }, target: string, dir = stateDir()): Checkpoint {
  const key = createHash('sha256')
    .update(JSON.stringify([input.path, input.size, input.mtimeMs, target]))
    .digest('hex')
    .slice(0, 24);
  const file = join(dir, `${key}.json`);
  return {
    file,
    load: () => {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as CheckpointState;
      } catch {
        return null;
      }
    },
    save: (state) => {
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed: a run killed mid-write leaves the previous checkpoint whole.
      writeFileSync(`${file}.tmp`, JSON.stringify(state));
      renameSync(`${file}.tmp`, file);
    },
    clear: () => rmSync(file, { force: true }),
  };
}
