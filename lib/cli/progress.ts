/** A one-line progress bar on a terminal; one line per step otherwise (CI logs, pipes). */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const width = 28;
  const tty = Boolean(stream.isTTY);
  return {
    update(done: number, label: string) {
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`;
      if (tty) stream.write(`\r${bar} ${label.slice(0, 60).padEnd(60)}`);
      else stream.write(`${bar} ${label}\n`);
    },
    done() {
      if (tty) stream.write("\n");
    },
  };
}
