import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, lockDataDir } from './data-dir-lock';

const lockOf = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number; host: string };

describe('lockDataDir', () => {
  it('should hold the directory for this process and refuse a second holder, naming both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-lock-'));
    // A live process other than us holds it (the lock file a running server writes).
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: '2026-12-01T00:00:00Z' }));
    expect(() => lockDataDir(dir)).toThrow(
      `the data directory ${dir} is in use by another Claimline server (pid ${process.ppid} on ${hostname()}`,
    );
  });

  it('should take over the lock of a process that is dead, and release it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: Number(dead.stdout), host: hostname(), startedAt: '2026-12-01T00:00:00Z' }));
    const lock = lockDataDir(dir);
    expect(lockOf(dir).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('should treat a lock from another machine as held, and a half-written one as stale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimline-lock-'));
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'other-machine', startedAt: '2026-12-01T00:00:00Z' }));
    expect(() => lockDataDir(dir)).toThrow(/pid 1 on other-machine.*If no such server runs, delete/);
    writeFileSync(join(dir, LOCK_FILE), '{"pid":');
    lockDataDir(dir).release();
  });
});
