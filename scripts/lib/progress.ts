/** The slice of a stream the progress bar needs (process.stderr fits). */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

export interface Progress {
  tick(done: number): void;
  done(): void;
}

const WIDTH = 30;

/**
 * A one-line progress bar redrawn in place; silent when the stream is not a terminal so logs and
 * pipes (CI, `> out.txt`) get only the report.
 */
export function createProgress(total: number, stream: ProgressStream, label = 'eval'): Progress {
  if (!stream.isTTY || total <= 0) return { tick: () => {}, done: () => {} };
  let shown = -1;
  const draw = (done: number) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === shown) return;
    shown = percent;
    const filled = Math.round((done / total) * WIDTH);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${percent}%`);
  };
  draw(0);
  return {
    tick: draw,
    done: () => {
      draw(total);
      stream.write('\n');
    },
  };
}
