// Reads a V8 .cpuprofile (node --cpu-prof) into a short table: the functions with the most self time, and the time
// per source file, so a profile can be read without DevTools.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

const shortUrl = (url: string, root: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(root, '')
    .replace(/^.*node_modules\//, 'node_modules/') || '(native)';

/** Self-time shares by function and by file, largest first; idle and GC samples are left out of the shares. */
export function summariseCpuProfile(file: string, options: { root: string; top: number }): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const count = hits.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (count === 0 || functionName === '(idle)' || functionName === '(program)') continue;
    busy += count;
    const where = shortUrl(url, options.root);
    const name = `${functionName || '(anonymous)'}  ${where}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + count);
    byFile.set(where, (byFile.get(where) ?? 0) + count);
  }
  const table = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, options.top)
      .map(([name, count]) => `  ${((100 * count) / busy).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  return `Self time by function (share of busy samples):\n${table(byFunction)}\n\nSelf time by file:\n${table(byFile)}`;
}
