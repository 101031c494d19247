import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findImportCycles, readImportGraph } from '../../../src/checks/import-cycles.ts';

const project = mkdtempSync(join(tmpdir(), 'cycles-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function writeProject(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(project, path, '..'), { recursive: true });
    writeFileSync(join(project, path), text);
  }
}

test('src/ has no import cycle', () => {
  const graph = readImportGraph('src');
  // A graph that found no imports would pass vacuously; src/ has hundreds.
  expect([...graph.values()].flat().length).toBeGreaterThan(300);
  expect(findImportCycles(graph).map((cycle) => [...cycle, cycle[0]].join(' → '))).toEqual([]);
});

test('finds a cycle through a .astro frontmatter, the ~/ alias and a type-only import, and one through a file alone', () => {
  writeProject({
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        module: 'esnext',
        moduleResolution: 'bundler',
        allowImportingTsExtensions: true,
        noEmit: true,
        paths: { '~/*': ['./src/*'] },
      },
    }),
    'src/spec/list.ts': "import type { Row } from '../site/row.ts';\nexport const list: Row[] = [];\n",
    'src/site/row.ts': "import Table from '~/components/Table.astro';\nexport type Row = typeof Table;\n",
    'src/components/Table.astro': "---\nimport { list } from '../spec/list.ts';\n---\n<table>{list.length}</table>\n",
    'src/components/index.ts': "export { default as Table } from './Table.astro';\n",
    'src/self.ts': "export * from './self.ts';\n",
    'src/leaf.ts': "import { Table } from '~/components';\nimport { z } from 'zod';\nexport { Table, z };\n",
  });
  const src = join(project, 'src');
  const cycles = findImportCycles(readImportGraph(src, join(project, 'tsconfig.json')));
  expect(cycles.map((cycle) => cycle.map((file) => relative(src, file)).join(' → ')).sort()).toEqual([
    'components/Table.astro → spec/list.ts → site/row.ts',
    'self.ts',
  ]);
});
