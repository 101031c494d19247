// Starts a Node server script as its own process on a free loopback port and stops it again, so the load generator
// never shares a process (or an event loop) with the server it measures.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { processCpuSeconds } from './proc-cpu.ts';

export interface ServerProcess {
  /** `http://127.0.0.1:port`, read from the server's own "listening on" line. */
  origin: string;
  /**
   * CPU seconds (user + system) the process has used so far, from /proc; undefined where there is no /proc. On a
   * loaded machine CPU time per request is steadier than requests per second, which depend on the scheduler.
   */
  cpuSeconds(): number | undefined;
  /** SIGTERM, then waits for the exit (a `--cpu-prof` profile is written on the way out). */
  stop(): Promise<void>;
}

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

/** Runs `node [nodeFlags] script args` and resolves once it prints `listening on http://127.0.0.1:<port>`. */
export async function startServerProcess(
  script: string,
  args: string[],
  options: { nodeFlags?: string[]; cwd: string; timeoutMs?: number },
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), script, ...args], {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} printed no "listening on" line within ${options.timeoutMs ?? 20_000} ms.`)),
      options.timeoutMs ?? 20_000,
    );
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = LISTENING.exec(line);
      if (!match?.[1]) return;
      clearTimeout(timer);
      // From here on the server's per-request log lines are only drained, not parsed.
      lines.close();
      child.stdout.resume();
      resolve(match[1]);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before listening:\n${stderr}`));
    });
  });
  return { origin, cpuSeconds: () => processCpuSeconds(child.pid), stop: () => stopProcess(child) };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
