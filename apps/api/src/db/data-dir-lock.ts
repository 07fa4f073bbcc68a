import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** The lock file a running server keeps inside CLAIMLINE_DATA_DIR. */
export const LOCK_FILE = 'claimline.lock';

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
}

/** A held lock on a data directory; release() removes it (also done on exit). */
export interface DataDirLock {
  release: () => void;
}

function read(file: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Holder;
  } catch {
    return undefined; // gone, or half-written by a process that died while writing it
  }
}

/** True when `holder` is a process on this machine that still runs (a dead one left a stale lock). */
function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true; // another machine on a shared disk: we cannot tell, so it holds
  // In a container a restarted server gets the same pid as the one killed before it.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates the lock file whole or not at all: written under a name of our own, then linked (fails if it exists). */
function create(file: string): boolean {
  const draft = `${file}.${process.pid}.new`;
  writeFileSync(draft, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }));
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Takes the data directory for this process before PGlite opens it: two PGlite processes on one
 * directory corrupt it. The lock is a file created atomically (link(2), which fails if it exists) holding the owner's pid; a lock
 * whose process is dead (SIGKILL, power loss) is stale and taken over. Throws a message naming
 * the directory and the holder when another live process has it.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (create(file)) {
      const release = () => {
        if (read(file)?.pid === process.pid) rmSync(file, { force: true });
      };
      process.once('exit', release);
      return { release };
    }
    const holder = read(file);
    if (holder && alive(holder)) {
      throw new Error(
        `the data directory ${dir} is in use by another Claimline server (pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}): ` +
          'stop that server first, or give this one its own CLAIMLINE_DATA_DIR. Two servers on one directory corrupt it. ' +
          `If no such server runs, delete ${file}.`,
      );
    }
    // Stale: move it aside under a name of our own, so that of two processes taking over at once only one removes it.
    const aside = `${file}.stale-${process.pid}`;
    try {
      renameSync(file, aside);
    } catch {
      continue; // another process moved it first; try to create again
    }
    const moved = read(aside);
    if (moved && holder && moved.pid !== holder.pid) {
      // Between our read and the rename a live process took the lock: put its file back.
      try {
        linkSync(aside, file);
      } catch {
        // a third process created one meanwhile; either way the directory is taken
      }
    }
    rmSync(aside, { force: true });
  }
  throw new Error(`could not lock the data directory ${dir}: other processes keep taking it; start one server at a time`);
}
