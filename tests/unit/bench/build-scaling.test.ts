import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { describeScaling, medianBuild, perAddedPage, syntheticPage } from '../../../src/bench/build-scaling.ts';
import { childrenCpuSeconds } from '../../../src/bench/proc-cpu.ts';

test('a generated page is valid front matter and Markdown that names its own number', () => {
  const page = syntheticPage(7);
  expect(page.startsWith('---\ntitle: Generated page 7\n')).toBe(true);
  expect(page).toContain('| page | 7 |');
  expect(page).toContain('"id": "7"');
});

test('takes the median of each figure, and no CPU median if a build has none', () => {
  const builds = [
    { seconds: 3, cpuSeconds: 5, pages: 10 },
    { seconds: 1, cpuSeconds: 9, pages: 10 },
    { seconds: 2, cpuSeconds: 4, pages: 10 },
  ];
  expect(medianBuild(builds)).toEqual({ seconds: 2, cpuSeconds: 5, pages: 10 });
  expect(medianBuild([...builds, { seconds: 4, cpuSeconds: undefined, pages: 10 }]).cpuSeconds).toBeUndefined();
});

test('prints the cost per added page of each side and their ratios', () => {
  const result = {
    portal: {
      before: { seconds: 10, cpuSeconds: 12, pages: 143 },
      after: { seconds: 30, cpuSeconds: 42, pages: 1143 },
    },
    stock: { before: { seconds: 2, cpuSeconds: 2, pages: 1 }, after: { seconds: 12, cpuSeconds: 17, pages: 1001 } },
  };
  expect(perAddedPage(result.portal.before, result.portal.after, 1000)).toEqual({ wallMs: 20, cpuMs: 30 });
  expect(describeScaling(result, 1000, 3)).toEqual([
    'Build scaling: 1000 generated pages added; median of 3 builds of each of four trees, in turn',
    '  portal: 143 pages 10.0 s, 1143 pages 30.0 s: 20.0 ms per added page, 30.0 ms CPU',
    '  stock Starlight: 1 pages 2.0 s, 1001 pages 12.0 s: 10.0 ms per added page, 15.0 ms CPU',
    '  portal / stock: 2.00×; by CPU time 2.00×',
  ]);
});

test.runIf(process.platform === 'linux')("counts a finished child's CPU time", () => {
  const before = childrenCpuSeconds()!;
  // The child spins until its own CPU clock (not the wall clock, which load stretches) has run 300 ms.
  const spin = 'while (process.cpuUsage().user + process.cpuUsage().system < 300_000);';
  spawnSync(process.execPath, ['-e', spin]);
  expect(childrenCpuSeconds()! - before).toBeGreaterThanOrEqual(0.29);
});
