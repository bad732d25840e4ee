// Progress for long work on a terminal: "reading articles 1200/2225" on one updating line.
// Silent when stderr is not a terminal (CI logs, tests), and for small jobs.

export interface Progress {
  (done: number, total: number): void;
  done(): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  let last = 0;
  let shown = false;
  const update = ((done: number, total: number) => {
    if (!stream.isTTY || total < 200) return;
    const now = Date.now();
    if (now - last < 100 && done < total) return;
    last = now;
    shown = true;
    stream.write(`\r${label} ${done}/${total}`);
  }) as Progress;
  update.done = () => {
    if (shown) stream.write("\n");
  };
  return update;
}
