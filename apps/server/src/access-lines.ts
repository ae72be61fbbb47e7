/**
 * The access log on stdout, one write per event-loop turn instead of one per request:
 * console.log formats and makes a write syscall per line (3–7 µs, and a wake-up of whatever reads
 * the pipe), a noticeable share of a cached list answer. Lines keep their order; what is pending
 * is written when the process exits.
 */
let pending: string[] = [];

function flush(): void {
  if (pending.length === 0) return;
  const chunk = `${pending.join('\n')}\n`;
  pending = [];
  process.stdout.write(chunk);
}

process.on('exit', flush);

export function logAccessLine(line: string): void {
  if (pending.push(line) === 1) setImmediate(flush);
}
