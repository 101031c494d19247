// Runs the single-file sandbox (sandbox.mjs) and the journey examples as a consumer would: with the machine's own
// Node and Python, outside this project's node_modules. Shared by the unit and browser journey tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The system Node (the download must run on Node 20 with no install); the pinned Node when there is none. */
export const SYSTEM_NODE = ['/usr/bin/node', '/usr/local/bin/node'].find(existsSync) ?? process.execPath;

/** python3 on the PATH, or undefined (the Python example's test then skips, saying so). */
export const PYTHON = spawnSync('python3', ['--version']).status === 0 ? 'python3' : undefined;

export interface RunningBundle {
  url: string;
  stop(): void;
}

/** Starts `node sandbox.mjs --port 0` and resolves with the address it prints once it listens. */
export function startBundle(file: string, args: string[] = ['--port', '0']): Promise<RunningBundle> {
  const child: ChildProcess = spawn(SYSTEM_NODE, [file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      child.kill();
      reject(new Error(`${why}\n${output}`));
    };
    const timer = setTimeout(() => fail('sandbox.mjs printed no address within 20 s'), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, stop: () => child.kill() });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => fail(`sandbox.mjs exited with ${code}`));
  });
}

/** Runs a program to its end without blocking the event loop (the sandbox may share this process's loop). */
export function runToEnd(command: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('close', (status) => resolve({ status, output }));
  });
}
