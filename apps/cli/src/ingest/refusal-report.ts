import { rmSync, writeFileSync } from 'node:fs';
import type { Refusal } from './checkpoint';

/**
 * Writes the refused records to `file`, one JSON object a line: {"line": 12, "reason": "..."} for
 * JSON lines, {"file": "story.html", "reason": "..."} for a folder. With nothing refused, an old
 * report of the same name is removed so it cannot be mistaken for this run's.
 */
export function writeRefusalReport(file: string, refused: readonly Refusal[]): void {
  if (refused.length === 0) {
    rmSync(file, { force: true });
    return;
  }
  const lines = [...refused]
    .sort((a, b) => a.n - b.n)
    .map((r) =>
      JSON.stringify(r.where.startsWith('file ') ? { file: r.where.slice(5), reason: r.reason } : { line: r.n, reason: r.reason }),
    );
  writeFileSync(file, lines.join('\n') + '\n');
}
