import { SingleBar } from 'cli-progress';

/** Counts shown as a run goes. */
export interface ProgressCounts {
  done: number;
  created: number;
  existing: number;
  refused: number;
}

/** Shows how an ingest goes: a bar on a terminal, plain lines otherwise (logs, CI, pipes). */
export interface Progress {
  update: (counts: ProgressCounts) => void;
  stop: () => void;
}

const number = (n: number) => n.toLocaleString('en');

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * A progress display for `total` records (null when unknown, as on standard input), `start` of
 * them done by an earlier run. The rate counts only the records of this run.
 */
export function createProgress(total: number | null, start: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const began = performance.now();
  const rate = (done: number) => (done - start) / Math.max((performance.now() - began) / 1000, 1e-3);
  if (stream.isTTY && total !== null) {
    const bar = new SingleBar(
      {
        format:
          'ingest {bar} {percentage}% | {value}/{total} articles | {speed} articles/s | ETA {eta_formatted} | {created} new, {existing} existing, {refused} refused',
        stream,
        etaBuffer: 50,
        hideCursor: true,
      },
      undefined,
    );
    bar.start(total, start, { speed: '0', created: 0, existing: 0, refused: 0 });
    return {
      update: (c) => bar.update(c.done, { speed: rate(c.done).toFixed(0), created: c.created, existing: c.existing, refused: c.refused }),
      stop: () => bar.stop(),
    };
  }
  let lastLine = 0;
  return {
    update: (c) => {
      // One line a second at most, but always the first, so a log shows the run has started.
      if (lastLine !== 0 && performance.now() - lastLine < 1000) return;
      lastLine = performance.now();
      const speed = rate(c.done);
      const of = total === null ? '' : ` / ${number(total)} (${((100 * c.done) / Math.max(total, 1)).toFixed(1)}%)`;
      const eta = total === null ? '' : `, ETA ${clock((total - c.done) / speed)}`;
      stream.write(
        `claimline ingest: ${number(c.done)}${of} articles, ${speed.toFixed(0)} articles/s${eta}; ${number(c.created)} new, ${number(c.existing)} existing, ${number(c.refused)} refused\n`,
      );
    },
    stop: () => undefined,
  };
}
