// The server's one line per request, written in batches: stdout to a terminal or a pipe is written synchronously on
// Linux, and a write per request was the largest single cost of serving one under load.
import { setImmediate } from 'node:timers';

export interface LineLog {
  /** Queues one line (without its newline); the queue is written once the current I/O callbacks have run. */
  (line: string): void;
  /** Writes the queued lines now, for a process about to print something else or to exit. */
  flush(): void;
}

export function createLineLog(stream: { write(text: string): unknown }): LineLog {
  let queued: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (queued.length === 0) return;
    const text = `${queued.join('\n')}\n`;
    queued = [];
    stream.write(text);
  };
  const log = (line: string) => {
    queued.push(line);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return Object.assign(log, { flush });
}
